package io.omnipim.catalog.product.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code {"operator", "value", "locale", "scope", "locales"}} entry of a search property, with readers that check
 * the value has the shape the operator needs and answer 422 otherwise. {@code locale} and {@code scope} are the ones
 * written in the condition (null when absent); the search-wide defaults are applied by the filters that use them.
 */
record Condition(String property, String operator, JsonNode value, String locale, String scope, JsonNode locales) {

    static Condition parse(String property, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw FilterErrors.badStructure(property);
        }
        JsonNode operator = node.get("operator");
        if (operator == null || !operator.isTextual()) {
            throw FilterErrors.missingOperator(property);
        }
        return new Condition(property, operator.asText(), node.get("value"), optionalText(property, node, "locale"),
                optionalText(property, node, "scope"), node.get("locales"));
    }

    private static String optionalText(String property, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw FilterErrors.expected(property, "a string as " + field, v);
        }
        return v.asText();
    }

    String text() {
        if (value == null || !value.isTextual()) {
            throw FilterErrors.expected(property, "a string", value);
        }
        return value.asText();
    }

    List<String> texts() {
        return texts(value, "an array");
    }

    /** The {@code locales} option, or null when the condition has none. */
    List<String> localeList() {
        return locales == null || locales.isNull() ? null : texts(locales, "an array of locales");
    }

    private List<String> texts(JsonNode node, String expected) {
        if (node == null || !node.isArray()) {
            throw FilterErrors.expected(property, expected, node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw FilterErrors.expected(property, "an array of strings", item);
            }
            out.add(item.asText());
        }
        return out;
    }

    BigDecimal number() {
        return number(value, "a numeric");
    }

    /** Akeneo accepts numbers and numeric strings alike ({@code is_numeric}). */
    BigDecimal number(JsonNode node, String expected) {
        if (node != null && node.isNumber()) {
            return node.decimalValue();
        }
        if (node != null && node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                throw FilterErrors.expected(property, expected, node);
            }
        }
        throw FilterErrors.expected(property, expected, node);
    }

    boolean bool() {
        if (value == null || !value.isBoolean()) {
            throw FilterErrors.expected(property, "a boolean", value);
        }
        return value.asBoolean();
    }

    int integer() {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw FilterErrors.expected(property, "an integer", value);
        }
        return value.asInt();
    }

    /** The two bounds of BETWEEN / NOT BETWEEN. */
    List<JsonNode> pair() {
        if (value == null || !value.isArray() || value.size() != 2) {
            throw FilterErrors.expected(property, "an array of 2 values", value);
        }
        return List.of(value.get(0), value.get(1));
    }

    /** An object value such as {@code {"amount": 12, "unit": "GRAM"}}, with the keys it must have. */
    JsonNode object(JsonNode node, String... keys) {
        if (node == null || !node.isObject()) {
            throw FilterErrors.expected(property, "an object with the keys " + String.join(", ", keys), node);
        }
        for (String key : keys) {
            if (!node.has(key)) {
                throw FilterErrors.unprocessable(property,
                        "Property \"" + property + "\" expects an array with the key \"" + key + "\".");
            }
        }
        return node;
    }

    Condition withValue(JsonNode other) {
        return new Condition(property, operator, other, locale, scope, locales);
    }
}
