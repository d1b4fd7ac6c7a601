package io.omnipim.search.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * One condition of Akeneo's {@code search} parameter: {@code {"field":[{"operator":…,"value":…,"locale":…,
 * "scope":…,"locales":[…]}]}}. Several conditions on one field all apply.
 */
record Condition(String field, String operator, JsonNode value, String locale, String scope,
        List<String> locales) {

    /** Parses the parameter; malformed JSON or a malformed condition is a 422 naming the field. */
    static List<Condition> parse(String search, ObjectMapper json) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = json.readTree(search);
        } catch (JsonProcessingException e) {
            throw invalid("search", "The search query parameter must be valid JSON: "
                    + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw invalid("search", "The search query parameter must be a JSON object.");
        }
        List<Condition> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isArray()) {
                throw invalid(field.getKey(), "Structure of filter \"" + field.getKey()
                        + "\" should respect this structure: {\"" + field.getKey()
                        + "\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}");
            }
            for (JsonNode c : field.getValue()) {
                if (!c.isObject() || !c.path("operator").isTextual()) {
                    throw invalid(field.getKey(), "Operator is missing for the property \"" + field.getKey() + "\".");
                }
                List<String> locales = new ArrayList<>();
                c.path("locales").forEach(l -> locales.add(l.asText()));
                out.add(new Condition(field.getKey(), c.get("operator").asText().toUpperCase(Locale.ROOT),
                        c.path("value"), c.path("locale").asText(null), c.path("scope").asText(null), locales));
            }
        }
        return out;
    }

    static PimException invalid(String field, String message) {
        return PimException.unprocessable(message, List.of(FieldError.of(field, message)));
    }

    PimException unsupportedOperator() {
        return invalid(field, "Filter on property \"" + field + "\" is not supported or does not support operator \""
                + operator + "\".");
    }

    /** The value as a list of strings (a single value is a list of one). */
    List<String> strings() {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> out.add(v.asText()));
        } else if (!value.isMissingNode() && !value.isNull()) {
            out.add(value.asText());
        }
        return out;
    }

    /** The value, which this operator needs. */
    JsonNode required() {
        if (value.isMissingNode() || value.isNull()) {
            throw invalid(field, "Property \"" + field + "\" expects a value with operator \"" + operator + "\".");
        }
        return value;
    }
}
