package io.omnipim.syndication.core.mapping;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.syndication.core.definition.Transform;

/** Transforms of plain text: strip_html, truncate, lowercase, uppercase, default, map, join. */
final class TextTransforms {

    private TextTransforms() {
    }

    static Object apply(Transform t, Object value) {
        switch (t.name()) {
            case "strip_html" :
                return Values.each(value, HtmlText::plain);
            case "truncate" :
                int max = t.integer("max", Integer.MAX_VALUE);
                String ellipsis = t.text("ellipsis", "");
                return Values.each(value, v -> truncate(v, max, t.args().isObject() ? ellipsis : ""));
            case "lowercase" :
                return Values.each(value, v -> v.toLowerCase(Locale.ROOT));
            case "uppercase" :
                return Values.each(value, v -> v.toUpperCase(Locale.ROOT));
            case "default" :
                return Values.isEmpty(value) ? t.args().asText() : value;
            case "map" :
                return Values.each(value, v -> mapped(t.args(), v));
            case "join" :
                String separator = t.args().isObject() ? t.text("separator", ", ") : t.text("", ", ");
                return Values.isEmpty(value) ? null : String.join(separator, Values.texts(value));
            default :
                throw new IllegalArgumentException("not a text transform: " + t.name());
        }
    }

    /**
     * At most {@code max} characters, cut at the last word boundary (if one lies in the second half) and without
     * trailing punctuation, then the ellipsis, which counts in the maximum.
     */
    static String truncate(String text, int max, String ellipsis) {
        if (text.length() <= max) {
            return text;
        }
        int room = Math.max(0, max - ellipsis.length());
        int cut = room;
        for (int i = room; i > room / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:-–(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ellipsis;
    }

    /** The mapped value of a code, or the value itself when the map does not name it. */
    private static String mapped(JsonNode map, String value) {
        JsonNode to = map.get(value);
        return to != null && to.isValueNode() ? to.asText() : value;
    }
}
