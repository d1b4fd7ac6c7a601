package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Templates such as {@code "{brand} {name}"}: each {@code {code}} is an attribute or a product property. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    /** Templates cut once: the same few are rendered for every product of a run. */
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

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
        Compiled compiled = compiled(template);
        List<String> names = compiled.names();
        List<String> found = new ArrayList<>(names.size());
        boolean any = false;
        for (String name : names) {
            String value = values.apply(name);
            value = value == null ? "" : value.strip();
            any |= !value.isEmpty();
            found.add(value);
        }
        if (!names.isEmpty() && !any) {
            return "";
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < names.size(); i++) {
            spaced(out, compiled.literals().get(i));
            spaced(out, repeated(found, i) ? "" : found.get(i));
        }
        spaced(out, compiled.literals().get(names.size()));
        return out.toString().strip();
    }

    /** Appends the text, a run of spaces across both becoming one space. */
    private static void spaced(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
    }

    /** The template cut into its literal texts around the placeholders, once per template text. */
    private record Compiled(List<String> literals, List<String> names) {
    }

    private static Compiled compiled(String template) {
        if (COMPILED.size() > 1_000) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(template, t -> {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(t);
            int from = 0;
            while (m.find()) {
                literals.add(t.substring(from, m.start()));
                names.add(m.group(1));
                from = m.end();
            }
            literals.add(t.substring(from));
            return new Compiled(List.copyOf(literals), List.copyOf(names));
        });
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
