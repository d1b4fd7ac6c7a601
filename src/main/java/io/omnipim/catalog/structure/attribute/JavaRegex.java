package io.omnipim.catalog.structure.attribute;

/**
 * Akeneo stores validation regexps PCRE-style with delimiters ({@code /^[A-Z]+$/i}); Java wants the bare pattern.
 */
public final class JavaRegex {

    private JavaRegex() {
    }

    /** The pattern without its delimiters, with an {@code i} flag turned into {@code (?i)}. */
    public static String fromPcre(String regexp) {
        String r = regexp.trim();
        if (r.length() >= 2 && r.charAt(0) == '/') {
            int end = r.lastIndexOf('/');
            if (end > 0) {
                String flags = r.substring(end + 1);
                String body = r.substring(1, end);
                return (flags.contains("i") ? "(?i)" : "") + (flags.contains("u") ? "(?U)" : "") + body;
            }
        }
        return r;
    }
}
