package io.omnipim.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The marketing side of a simple product or a product model: where it is filed, what it is called and how it is
 * described. Variants share their model's content, so this is drawn once per model.
 *
 * @param materials comma-separated material option codes, possibly empty
 */
record ProductContent(String categories, Label name, Label description, Option brand, String materials,
        boolean waterproof) {

    static ProductContent draw(Family family, SplittableRandom random) {
        List<Category> leaves = family.leaves();
        Category leaf = leaves.get(random.nextInt(leaves.size()));
        Adjective adjective = pick(family.adjectives(), random);
        boolean wearable = family.hasVariants();
        Option material = random.nextInt(100) < (wearable ? 60 : 35) ? pick(family.materials(), random) : null;
        String line = random.nextInt(100) < 40 ? pick(Lexicon.LINES, random) : null;
        Label name = NameComposer.compose(leaf.noun(), adjective, material, line);
        Option brand = pick(family.brands(), random);
        Label description = DescriptionComposer.compose(family, name, brand.label().en(), random);
        return new ProductContent(categories(leaf, leaves, random), name, description, brand,
                materials(family, material, random), adjective.waterproof() || random.nextInt(100) < 10);
    }

    /** The noun's own leaf, and for some products a second leaf of the same family. */
    private static String categories(Category leaf, List<Category> leaves, SplittableRandom random) {
        if (random.nextInt(100) >= 30) {
            return leaf.code();
        }
        Category other = leaves.get(random.nextInt(leaves.size()));
        return other.equals(leaf) ? leaf.code() : leaf.code() + "," + other.code();
    }

    /** The material named in the title comes first; wearables always have one, electronics often none. */
    private static String materials(Family family, Option named, SplittableRandom random) {
        Option first = named;
        if (first == null) {
            if (!family.hasVariants() && random.nextBoolean()) {
                return "";
            }
            first = pick(family.materials(), random);
        }
        if (random.nextInt(100) < 25) {
            Option second = pick(family.materials(), random);
            if (!second.equals(first)) {
                return first.code() + "," + second.code();
            }
        }
        return first.code();
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
