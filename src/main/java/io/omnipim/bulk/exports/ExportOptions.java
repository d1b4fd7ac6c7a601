package io.omnipim.bulk.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.flat.ExportSelection;
import io.omnipim.bulk.flat.FlatType;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/** What an export contains and how it is written; checked before the job is queued. Stored as job options. */
public record ExportOptions(String type, String format, String search, String scope, List<String> locales,
        List<String> attributes, boolean withMedia, boolean withLabels, String labelLocale) {

    private static final Set<String> KNOWN = Set.of("type", "format", "search", "scope", "locales", "attributes",
            "with_media", "with_labels", "label_locale");

    public static ExportOptions parse(ObjectNode body) {
        List<FieldError> errors = new ArrayList<>();
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                errors.add(FieldError.of(name, "Property \"" + name + "\" does not exist; use " + KNOWN + "."));
            }
        }
        String type = text(body, "type", "products");
        if (!type.equals("products") && !type.equals("product_models")) {
            errors.add(FieldError.of("type", "Exports are of \"products\" or \"product_models\"."));
        }
        String format = text(body, "format", "csv");
        if (!format.equals("csv") && !format.equals("xlsx")) {
            errors.add(FieldError.of("format", "Use \"csv\" or \"xlsx\"."));
        }
        JsonNode search = body.get("search");
        String searchText = search == null || search.isNull()
                ? null
                : search.isTextual() ? search.asText() : search.toString();
        ExportOptions options = new ExportOptions(type, format, searchText, text(body, "scope", null),
                list(body.get("locales")), list(body.get("attributes")), bool(body, "with_media", errors),
                bool(body, "with_labels", errors), text(body, "label_locale", null));
        if (!errors.isEmpty()) {
            throw PimException.unprocessable("The export cannot start: check these options.", errors);
        }
        return options;
    }

    public FlatType flatType() {
        return FlatType.of(type);
    }

    public ExportSelection selection() {
        return new ExportSelection(scope, locales, attributes, withLabels, labelLocale);
    }

    public String fileName() {
        return type + "." + (withMedia ? "zip" : format);
    }

    public ObjectNode toJson(ObjectMapper json) {
        return json.valueToTree(this);
    }

    public static ExportOptions fromJson(ObjectMapper json, JsonNode node) {
        return json.convertValue(node, ExportOptions.class);
    }

    private static String text(ObjectNode body, String name, String fallback) {
        JsonNode v = body.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText().trim();
    }

    private static List<String> list(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText().trim()));
        } else {
            out.addAll(Arrays.stream(v.asText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean bool(ObjectNode body, String name, List<FieldError> errors) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            errors.add(FieldError.of(name, "Use true or false."));
            return false;
        }
        return v.asBoolean();
    }
}
