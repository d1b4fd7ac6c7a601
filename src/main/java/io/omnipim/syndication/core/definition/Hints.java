package io.omnipim.syndication.core.definition;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean…": the known name nearest to a misspelt one, by edit distance. */
public final class Hints {

    private Hints() {
    }

    /** {@code "; did you mean \"color\"?"}, or an empty string when nothing is close enough to help. */
    public static String closest(String given, Collection<String> known) {
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
        // a third of the name may be wrong (typo, missing letter): beyond that the hint misleads
        boolean close = best != null && bestDistance <= Math.max(2, given.length() / 3);
        return close ? "; did you mean \"" + best + "\"?" : "";
    }

    /** The nearest known name ({@code "; did you mean \"color\"?"}), or else the list of known names. */
    public static String suggest(String given, Collection<String> known) {
        String closest = closest(given, known);
        return closest.isEmpty() ? "; known: " + String.join(", ", known) : closest;
    }

    /** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
