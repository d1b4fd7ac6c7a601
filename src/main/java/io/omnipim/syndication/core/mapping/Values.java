package io.omnipim.syndication.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Mapped values are null (no value), a String, or a {@code List<String>} (multi-selects, several sources, repeated
 * fields). Transforms that work on one text apply to each element of a list.
 */
final class Values {

    private Values() {
    }

    static boolean isEmpty(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(Values::isEmpty);
        }
        return value == null || value.toString().isBlank();
    }

    /** Applies the function to the text, or to each text of a list (dropping the ones that become empty). */
    static Object each(Object value, UnaryOperator<String> function) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                String mapped = item == null ? null : function.apply(item.toString());
                if (mapped != null && !mapped.isBlank()) {
                    out.add(mapped);
                }
            }
            return out;
        }
        return value == null ? null : function.apply(value.toString());
    }

    /** The texts of a value: a list's non-empty elements, or the one text. */
    static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> !isEmpty(v)).map(Object::toString).toList();
        }
        return isEmpty(value) ? List.of() : List.of(value.toString());
    }

    /** Empty lists and blank texts become null; a list keeps its non-empty elements. */
    static Object clean(Object value) {
        if (isEmpty(value)) {
            return null;
        }
        return value instanceof List<?> ? texts(value) : value.toString();
    }
}
