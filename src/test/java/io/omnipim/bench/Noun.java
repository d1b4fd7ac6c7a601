package io.omnipim.bench;

/**
 * A product noun with the grammatical gender that the French and German adjectives must agree with.
 *
 * @param frGender 'm' or 'f'
 * @param deGender 'm', 'f', 'n', or 'p' for a plural noun (German plural has no gender)
 */
record Noun(String en, String fr, char frGender, boolean frPlural, String de, char deGender) {

    /** Parses "Hiking Shoes|Chaussures de randonnée:fp|Wanderschuhe:p". */
    static Noun of(String spec) {
        String[] parts = spec.split("\\|");
        String[] fr = parts[1].split(":");
        String[] de = parts[2].split(":");
        return new Noun(parts[0], fr[0], fr[1].charAt(0), fr[1].length() > 1, de[0], de[1].charAt(0));
    }
}
