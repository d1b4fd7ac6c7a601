package io.omnipim.bench;

import java.util.List;

/**
 * What the generator needs to know about one product family: its select options, naming words, description
 * sentences and plausible value ranges.
 *
 * @param variant the family variant code, or null when the family has no variants
 */
record Family(String code, Label label, String variant, List<Option> brands, List<Option> colors,
        List<Option> sizes, List<Option> materials, List<Adjective> adjectives, List<Label> sentences,
        Range priceEuros, Range grams) {

    /** Inclusive bounds. */
    record Range(int min, int max) {
    }

    static final Family CLOTHING = new Family("clothing", Label.of("Clothing|Vêtements|Kleidung"),
            "clothing_color_size", Lexicon.CLOTHING_BRANDS, Lexicon.COLORS, Lexicon.CLOTHING_SIZES,
            Lexicon.CLOTHING_MATERIALS, Lexicon.WEARABLE_ADJECTIVES, Sentences.CLOTHING, new Range(9, 199),
            new Range(80, 1500));

    static final Family SHOES = new Family("shoes", Label.of("Shoes|Chaussures|Schuhe"), "shoes_size",
            Lexicon.SHOE_BRANDS, Lexicon.COLORS.subList(0, 8), Lexicon.SHOE_SIZES, Lexicon.SHOE_MATERIALS,
            Lexicon.WEARABLE_ADJECTIVES, Sentences.SHOES, new Range(29, 249), new Range(400, 1800));

    static final Family ELECTRONICS = new Family("electronics", Label.of("Electronics|Électronique|Elektronik"),
            null, Lexicon.ELECTRONICS_BRANDS, List.of(Lexicon.COLORS.get(0), Lexicon.COLORS.get(1),
                    Lexicon.COLORS.get(2), Lexicon.COLORS.get(5), Lexicon.COLORS.get(10)),
            List.of(), Lexicon.ELECTRONICS_MATERIALS, Lexicon.ELECTRONIC_ADJECTIVES, Sentences.ELECTRONICS,
            new Range(19, 1999), new Range(30, 25000));

    static final List<Family> ALL = List.of(CLOTHING, SHOES, ELECTRONICS);

    boolean hasVariants() {
        return variant != null;
    }

    List<Category> leaves() {
        return Taxonomy.MASTER.leaves(code);
    }
}
