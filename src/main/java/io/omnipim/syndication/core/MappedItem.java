package io.omnipim.syndication.core;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A connector's output for one product: target field name (the channel's own, e.g. Google's {@code title}) →
 * value, a String or, for repeated fields such as {@code additional_image_link}, a {@code List<String>}. Fields
 * without a value are absent.
 *
 * @param id the product identifier (stable key of runs, issues and syndication state)
 * @param parentId the code of the root product model the product is a variant of (its item group), or null
 */
public record MappedItem(String id, String parentId, LinkedHashMap<String, Object> fields) {

    /** The field as text: a list is joined with {@code ", "}; null when absent. */
    public String text(String field) {
        Object value = fields.get(field);
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }

    /** The field as a list: a single value becomes a list of one; empty when absent. */
    public List<String> values(String field) {
        Object value = fields.get(field);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
