package io.omnipim.catalog.structure.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * The small {@code search} filters Akeneo offers on structure lists ({@code {"enabled":[{"operator":"=","value":true}]}},
 * {@code {"code":[{"operator":"IN","value":["a","b"]}]}}), applied in memory: structure lists are small.
 */
public final class SimpleSearch {

    private SimpleSearch() {
    }

    /** Keeps the items matching every filter; {@code properties} maps a filterable property to its value. */
    public static <T> List<T> filter(String search, ObjectMapper json, List<T> items,
            Map<String, Function<T, Object>> properties) {
        if (search == null || search.isBlank()) {
            return items;
        }
        JsonNode filters = parse(search, json);
        List<T> out = items;
        var fields = filters.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            Function<T, Object> property = properties.get(field.getKey());
            if (property == null) {
                throw PimException.unprocessable("Filter on property \"" + field.getKey() + "\" is not supported.",
                        List.of(FieldError.of(field.getKey(), "Unsupported filter")));
            }
            for (JsonNode condition : field.getValue()) {
                out = out.stream().filter(item -> matches(property.apply(item), condition, field.getKey())).toList();
            }
        }
        return out;
    }

    private static JsonNode parse(String search, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(search);
            if (node == null || !node.isObject()) {
                throw PimException.badRequest("Search query parameter should be valid JSON.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw PimException.badRequest("Search query parameter should be valid JSON.");
        }
    }

    private static boolean matches(Object actual, JsonNode condition, String property) {
        String operator = condition.path("operator").asText();
        JsonNode value = condition.get("value");
        switch (operator) {
            case "=" :
                return value != null && String.valueOf(actual).equals(value.asText());
            case "!=" :
                return value != null && !String.valueOf(actual).equals(value.asText());
            case "IN" :
                return value != null && value.isArray()
                        && java.util.stream.StreamSupport.stream(value.spliterator(), false)
                                .anyMatch(v -> v.asText().equals(String.valueOf(actual)));
            default :
                throw PimException.unprocessable("Filter on property \"" + property
                        + "\" does not support operator \"" + operator + "\".", List.of());
        }
    }
}
