package io.omnipim.platform.text;

import java.util.Collection;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean…": the known name nearest to a misspelt one, by edit distance (commons-text's Levenshtein), for
 * every message that names a column, attribute, channel or key the user got wrong.
 */
public final class DidYouMean {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    /** {@code "; did you mean \"color\"?"}, or an empty string when nothing is close enough to help. */
    public static String hint(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a third of the name may be wrong (typo, missing letter, swapped case): beyond, the hint misleads
        boolean close = best != null && bestDistance <= Math.max(2, given.length() / 3);
        return close ? "; did you mean \"" + best + "\"?" : "";
    }

    /** The nearest known name ({@code "; did you mean \"color\"?"}), or else the list of known names. */
    public static String suggest(String given, Collection<String> known) {
        String closest = hint(given, known);
        return closest.isEmpty() ? "; known: " + String.join(", ", known) : closest;
    }

    /** Insertions, deletions and substitutions, each costing 1. */
    public static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }
}
