package io.omnipim.bench;

import java.util.Locale;

/**
 * Builds a product name in each language's own word order: "Waterproof Leather Hiking Shoes", "Chaussures de
 * randonnée imperméables en cuir", "Wasserdichte Wanderschuhe aus Leder".
 */
final class NameComposer {

    private NameComposer() {
    }

    /**
     * @param material may be null
     * @param line product line appended to all three names, may be null
     */
    static Label compose(Noun noun, Adjective adjective, Option material, String line) {
        String suffix = line == null ? "" : " " + line;
        String en;
        String fr;
        String de;
        if (material == null) {
            en = adjective.en() + " " + noun.en();
            fr = noun.fr() + " " + adjective.french(noun);
            de = adjective.german(noun) + " " + noun.de();
        } else {
            Label stuff = material.label();
            en = adjective.en() + " " + stuff.en() + " " + noun.en();
            fr = noun.fr() + " " + adjective.french(noun) + " en " + stuff.fr().toLowerCase(Locale.FRENCH);
            de = adjective.german(noun) + " " + noun.de() + " aus " + stuff.de();
        }
        return new Label(en + suffix, fr + suffix, de + suffix);
    }
}
