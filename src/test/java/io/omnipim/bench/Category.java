package io.omnipim.bench;

/**
 * A category of the master tree. Leaves carry the noun their products are named with, so a product filed under
 * "shoes_sport_hiking" is called "... Hiking Shoes" rather than something unrelated.
 *
 * @param noun null for inner nodes
 */
record Category(String code, String parent, Label label, Noun noun) {

    boolean isLeaf() {
        return noun != null;
    }

    /** The family whose products may be filed here: the first segment of the code. */
    String family() {
        int cut = code.indexOf('_');
        return cut < 0 ? code : code.substring(0, cut);
    }
}
