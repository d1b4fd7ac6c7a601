package io.omnipim.catalog.product.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.platform.errors.FieldError;

/** Checks shared by products and models for top-level properties. */
final class TopLevel {

    /** Read-only properties a client may send back from a GET; they are ignored. */
    static final Set<String> READ_ONLY = Set.of("created", "updated", "metadata", "completenesses",
            "quality_scores", "_links", "workflow_execution_statuses");

    private TopLevel() {
    }

    static void checkKnown(JsonNode patch, Set<String> writable, List<FieldError> errors) {
        Iterator<String> names = patch.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!writable.contains(name) && !READ_ONLY.contains(name)) {
                errors.add(FieldError.of(name, "Property \"" + name
                        + "\" does not exist. Check the expected format on the API documentation."));
            }
        }
    }

    /** A list of codes (categories, groups), each of which must exist. */
    static List<String> codes(JsonNode node, String property, Set<String> known, String what,
            List<FieldError> errors) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(FieldError.of(property, "Property \"" + property + "\" expects an array of codes."));
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : node) {
            String code = item.asText();
            if (!item.isTextual() || !known.contains(code)) {
                errors.add(FieldError.of(property, "The " + what + " \"" + code + "\" does not exist."));
            } else {
                out.add(code);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> categories(JsonNode node, CatalogStructure catalog, List<FieldError> errors) {
        List<String> codes = codes(node, "categories", catalog.categories().keySet(), "category", errors);
        return codes == null ? null : codes.stream().sorted().toList();
    }

    static String optionalText(JsonNode node, String property, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(FieldError.of(property, "Property \"" + property + "\" expects a string."));
            return null;
        }
        return node.textValue();
    }
}
