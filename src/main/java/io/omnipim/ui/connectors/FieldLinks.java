package io.omnipim.ui.connectors;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.ui.shell.Links;

/**
 * Links from a channel's field to the product form, at the attribute that feeds it: the connector maps
 * {@code description} from the attribute {@code description}, {@code title} from a template, and so on. A field
 * fed by no attribute (a property, a constant) links to the top of the form.
 */
final class FieldLinks {

    private final String channel;
    private final String locale;
    private final Map<String, String> attributeByTarget = new HashMap<>();

    FieldLinks(JsonNode definition, String channel, String locale) {
        this.channel = channel;
        this.locale = locale;
        if (definition != null) {
            for (JsonNode field : definition.path("fields")) {
                String attribute = field.hasNonNull("source")
                        ? field.get("source").asText()
                        : field.path("sources").isArray() && field.path("sources").size() > 0
                                ? field.path("sources").get(0).asText()
                                : null;
                if (attribute != null) {
                    attributeByTarget.put(field.path("target").asText(), attribute);
                }
            }
        }
    }

    /** The attribute behind a channel field, or null. */
    String attribute(String target) {
        return target == null ? null : attributeByTarget.get(target);
    }

    String product(String identifier, String target) {
        String attribute = attribute(target);
        return Links.product(identifier, channel, locale) + (attribute == null ? "" : "#field-" + attribute);
    }
}
