package io.omnipim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws the axis values of a model's variants; sibling combinations are distinct by construction. */
final class VariantAxes {

    /** Option codes; both are filled on every variant row. */
    record Combination(String color, String size) {
    }

    private VariantAxes() {
    }

    /**
     * Clothing varies by size and color; shoes only by size, so all siblings of a shoe model share one color.
     * At most as many combinations as exist are returned.
     */
    static List<Combination> draw(Family family, int count, SplittableRandom random) {
        List<Option> colors = family.colors();
        List<Option> sizes = family.sizes();
        List<Combination> combinations = new ArrayList<>(count);
        if (family == Family.SHOES) {
            String color = colors.get(random.nextInt(colors.size())).code();
            for (int index : distinct(sizes.size(), count, random)) {
                combinations.add(new Combination(color, sizes.get(index).code()));
            }
        } else {
            for (int index : distinct(colors.size() * sizes.size(), count, random)) {
                combinations.add(new Combination(colors.get(index / sizes.size()).code(),
                        sizes.get(index % sizes.size()).code()));
            }
        }
        return combinations;
    }

    /** A partial Fisher–Yates shuffle of 0..range-1, sorted so siblings are listed color by color, small to large. */
    private static int[] distinct(int range, int count, SplittableRandom random) {
        int[] values = new int[range];
        for (int i = 0; i < range; i++) {
            values[i] = i;
        }
        int taken = Math.min(count, range);
        for (int i = 0; i < taken; i++) {
            int j = i + random.nextInt(range - i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        int[] chosen = Arrays.copyOf(values, taken);
        Arrays.sort(chosen);
        return chosen;
    }
}
