package io.omnipim.catalog.product.filter;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/** The errors a search filter can raise, worded as Akeneo words them so clients matching on messages keep working. */
final class FilterErrors {

    static final String INVALID_JSON = "Search query parameter should be valid JSON.";

    private FilterErrors() {
    }

    static PimException invalidJson() {
        return PimException.badRequest(INVALID_JSON);
    }

    static PimException unprocessable(String property, String message) {
        return PimException.unprocessable(message, List.of(FieldError.of(property, message)));
    }

    static PimException unsupported(String property, String operator) {
        return unprocessable(property, "Filter on property \"" + property
                + "\" is not supported or does not support operator \"" + operator + "\"");
    }

    static PimException badStructure(String property) {
        return unprocessable(property, "Structure of filter \"" + property + "\" should respect this structure: {\""
                + property + "\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}");
    }

    static PimException missingOperator(String property) {
        return unprocessable(property, "Operator is missing for the property \"" + property + "\".");
    }

    /** Akeneo's "expects X as data" message; {@code expected} reads "a string", "an array"… */
    static PimException expected(String property, String expected, JsonNode given) {
        return unprocessable(property,
                "Property \"" + property + "\" expects " + expected + " as data, \"" + describe(given) + "\" given.");
    }

    static PimException unknownCode(String property, String kind, String code) {
        return unprocessable(property, "Property \"" + property + "\" expects a valid " + kind + ". The " + kind
                + " does not exist, \"" + code + "\" given.");
    }

    static PimException notFound(String property, String kind, String code) {
        return unprocessable(property, "Object \"" + kind + "\" with code \"" + code + "\" does not exist");
    }

    /** The JSON type for structured values (what Akeneo's gettype() would say), the text itself for scalars. */
    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "NULL";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isObject()) {
            return "object";
        }
        return node.asText();
    }
}
