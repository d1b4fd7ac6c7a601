package io.omnipim.ui.settings.attributes;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.ui.settings.FormInput;

/**
 * The attribute form as the API's JSON: the common properties, and only the type-specific ones the form shows
 * for the attribute's type, so a property of another type is never sent (the API would refuse it).
 */
public final class AttributeForm {

    private static final Set<String> BOOLEANS = Set.of("unique", "decimals_allowed", "negative_allowed",
            "wysiwyg_enabled");
    private static final List<String> BOUNDS = List.of("number_min", "number_max", "decimals_allowed",
            "negative_allowed");

    private AttributeForm() {
    }

    /** The type-specific properties shown for a type, in form order. */
    public static List<String> propertiesOf(AttributeType type) {
        switch (type) {
            case IDENTIFIER :
                return List.of("max_characters", "validation_rule", "validation_regexp");
            case TEXT :
                return List.of("unique", "max_characters", "validation_rule", "validation_regexp");
            case TEXTAREA :
                return List.of("max_characters", "wysiwyg_enabled");
            case NUMBER :
                return concat(List.of("unique"), BOUNDS);
            case METRIC :
                return concat(List.of("metric_family", "default_metric_unit"), BOUNDS);
            case PRICE_COLLECTION :
                return List.of("number_min", "number_max", "decimals_allowed");
            case DATE :
                return List.of("unique", "date_min", "date_max");
            case IMAGE :
            case FILE :
                return List.of("allowed_extensions", "max_file_size");
            default :
                return List.of();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * The JSON to create ({@code creating}: with code and type) or PATCH the attribute.
     *
     * @param locales the locales whose label fields the form shows
     */
    public static ObjectNode toJson(FormInput in, AttributeType type, boolean creating, Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (creating) {
            in.putText(json, "code");
            json.put("type", type.code());
        }
        in.putText(json, "group");
        in.putInteger(json, "sort_order");
        if (type != AttributeType.IDENTIFIER) {
            in.putBoolean(json, "localizable");
            in.putBoolean(json, "scopable");
        }
        in.putBoolean(json, "useable_as_grid_filter");
        in.putLabels(json, "labels", locales);
        for (String property : propertiesOf(type)) {
            if (BOOLEANS.contains(property)) {
                in.putBoolean(json, property);
            } else if (property.equals("max_characters")) {
                in.putInteger(json, property);
            } else if (property.equals("allowed_extensions")) {
                json.putArray(property).addAll(in.list(property).stream()
                        .map(e -> JsonNodeFactory.instance.textNode(e.replaceFirst("^\\.", "").toLowerCase()))
                        .toList());
            } else {
                in.putText(json, property);
            }
        }
        if (json.has("validation_regexp") && !"regexp".equals(in.text("validation_rule"))) {
            json.putNull("validation_regexp");
        }
        return json;
    }
}
