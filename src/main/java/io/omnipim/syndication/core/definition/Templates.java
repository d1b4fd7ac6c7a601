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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        boolean placeholders = false;
        boolean filled = false;
        while (m.find()) {
            String value = values.apply(m.group(1));
            placeholders = true;
            filled |= value != null && !value.isBlank();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return placeholders && !filled ? "" : out.toString().replaceAll(" {2,}", " ").strip();
    }
}
