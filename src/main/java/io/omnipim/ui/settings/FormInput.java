package io.omnipim.ui.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A submitted settings form, read the way the structure API expects its JSON: a blank text is {@code null} (which
 * erases), an unticked checkbox is {@code false}, a label field {@code labels.fr_FR} is one entry of
 * {@code labels}. Numbers that do not parse are passed on as text so the service answers with the API's own error.
 */
public final class FormInput {

    public static final String CSRF = "_csrf";

    private final Map<String, List<String>> fields;

    public FormInput(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (!CSRF.equals(name)) {
                copy.put(name, values == null ? List.of() : List.copyOf(values));
            }
        });
        this.fields = copy;
    }

    public static FormInput of(Map<String, ? extends List<String>> fields) {
        return new FormInput(Map.copyOf(fields));
    }

    /** The fields as submitted (without the CSRF token), to show the form again after an error. */
    public Map<String, List<String>> values() {
        return fields;
    }

    /** The first value, trimmed; null when missing or blank. */
    public String text(String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }

    /** Every non-blank value, trimmed, once each, in the order sent; a value may also hold a comma list. */
    public List<String> list(String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : fields.getOrDefault(name, List.of())) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A ticked checkbox sends its field; an unticked one sends nothing. */
    public boolean checked(String name) {
        List<String> values = fields.get(name);
        return values != null && !values.isEmpty() && !"false".equals(values.get(values.size() - 1));
    }

    public void putText(ObjectNode node, String property) {
        String value = text(property);
        if (value == null) {
            node.putNull(property);
        } else {
            node.put(property, value);
        }
    }

    public void putInteger(ObjectNode node, String property) {
        String value = text(property);
        if (value == null) {
            node.putNull(property);
        } else if (value.matches("-?\\d{1,9}")) {
            node.put(property, Integer.parseInt(value));
        } else {
            node.put(property, value);
        }
    }

    public void putBoolean(ObjectNode node, String property) {
        node.put(property, checked(property));
    }

    public void putList(ObjectNode node, String property) {
        list(property).forEach(node.putArray(property)::add);
    }

    /** {@code labels.<locale>} for each locale shown; a blank one erases that label, others are left as they are. */
    public void putLabels(ObjectNode node, String property, Collection<String> locales) {
        ObjectNode labels = node.putObject(property);
        for (String locale : locales) {
            String value = text(property + "." + locale);
            if (value == null) {
                labels.putNull(locale);
            } else {
                labels.put(locale, value);
            }
        }
    }
}
