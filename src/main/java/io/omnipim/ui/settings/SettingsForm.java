package io.omnipim.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * What a settings form shows: the values to fill in (as stored, or as just submitted when the save was refused)
 * and the service's errors, by field for the inline messages and all together for the summary at the top.
 */
public record SettingsForm(Map<String, List<String>> values, List<Problem> problems) {

    /** One error: the field it belongs to (or null) and the service's message. */
    public record Problem(String field, String message) {
    }

    public static SettingsForm empty() {
        return new SettingsForm(Map.of(), List.of());
    }

    public static SettingsForm of(Map<String, List<String>> values) {
        return new SettingsForm(values, List.of());
    }

    /**
     * The form values of a stored object in the API's JSON: {@code code}, {@code labels.fr_FR}, list properties
     * as several values, {@code attribute_requirements.ecommerce} as a list per channel.
     */
    public static SettingsForm of(Object stored, ObjectMapper json) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        JsonNode tree = json.valueToTree(stored);
        tree.fields().forEachRemaining(e -> flatten(e.getKey(), e.getValue(), values));
        return new SettingsForm(values, List.of());
    }

    private static void flatten(String name, JsonNode node, Map<String, List<String>> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(name + "." + e.getKey(), e.getValue(), values));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    items.add(item.asText());
                }
            });
            values.put(name, items);
        } else if (!node.isNull()) {
            values.put(name, List.of(node.asText()));
        }
    }

    /** The same values with the errors of a refused save. */
    public SettingsForm refused(PimException e) {
        List<Problem> found = new ArrayList<>();
        for (FieldError error : e.errors()) {
            found.add(new Problem(error.property(), error.message()));
        }
        if (found.isEmpty()) {
            found.add(new Problem(null, e.getMessage()));
        }
        return new SettingsForm(values, found);
    }

    /** The same values with bean-validation errors (a user or connection request), named by their field. */
    public SettingsForm refused(jakarta.validation.ConstraintViolationException e) {
        List<Problem> found = new ArrayList<>();
        for (var v : e.getConstraintViolations()) {
            String path = v.getPropertyPath().toString();
            found.add(new Problem(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path,
                    v.getMessage()));
        }
        return new SettingsForm(values, found);
    }

    public SettingsForm refused(String field, String message) {
        List<Problem> found = new ArrayList<>(problems);
        found.add(new Problem(field, message));
        return new SettingsForm(values, found);
    }

    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The label field of one locale ({@code labels.fr_FR}). */
    public String label(String locale) {
        return value("labels." + locale);
    }

    /** A list value as one comma-separated text (allowed extensions). */
    public String joined(String name) {
        return String.join(", ", all(name));
    }

    public boolean checked(String name) {
        return "true".equals(value(name));
    }

    /** Whether {@code option} is among the values of {@code name} (selected option, ticked checkbox). */
    public boolean has(String name, String option) {
        return all(name).contains(option);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    /** The messages for one field, joined; empty when it is fine. */
    public String error(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(Problem::message)
                .collect(Collectors.joining(" "));
    }

    public boolean invalid(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }
}
