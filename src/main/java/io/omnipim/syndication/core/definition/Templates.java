package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Templates such as {@code "{brand} {name}"}: each {@code {code}} is an attribute or a product property. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Templates() {
    }

    public static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * The template with each placeholder replaced by its value; a missing value leaves nothing, and the spaces
     * around it collapse, so {@code "{brand} {name}"} without a brand is just the name. When no placeholder has a
     * value the result is empty ({@code "{delivery_delay_days} Werktage"} alone says nothing), so a
     * {@code default} transform can step in.
     */
    public static String render(String template, Function<String, String> values) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String value = values.apply(m.group(1));
            found.add(value == null ? "" : value.strip());
        }
        if (!found.isEmpty() && found.stream().allMatch(String::isEmpty)) {
            return "";
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        for (int i = 0; m.find(); i++) {
            m.appendReplacement(out, Matcher.quoteReplacement(repeated(found, i) ? "" : found.get(i)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * Whether value i already stands, as whole words, in another placeholder's longer value: "{brand} {name}" with
     * the name "Orbiton Air 13" gives "Orbiton Air 13", not "Orbiton Orbiton Air 13".
     */
    private static boolean repeated(List<String> values, int i) {
        String value = values.get(i);
        if (value.isEmpty()) {
            return false;
        }
        Pattern words = null;
        for (int j = 0; j < values.size(); j++) {
            String other = values.get(j);
            if (j == i || other.length() <= value.length() || !containsIgnoreCase(other, value)) {
                continue;
            }
            // compiled only when the plain text is there: most placeholders never get this far
            words = words != null ? words : Pattern.compile("(?iu)(^|\\W)" + Pattern.quote(value) + "($|\\W)");
            if (words.matcher(other).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int at = 0; at + part.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
