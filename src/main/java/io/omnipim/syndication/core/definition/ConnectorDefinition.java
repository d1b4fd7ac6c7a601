package io.omnipim.syndication.core.definition;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A connector as its YAML file declares it: which products (selection) of which channel, locale and currency, how
 * each target field is computed and checked, when it runs and how it delivers. Built by {@link DefinitionReader},
 * checked against the catalog by {@link DefinitionChecker}.
 *
 * @param selection Akeneo's {@code search} filter (the JSON of the REST API's {@code search} parameter), empty for
 *        every product
 * @param schedule a Quartz cron expression, or null for "only on demand"
 * @param onChange deliver a product's change within seconds (channels that take single updates)
 * @param linkTemplate the product page URL, e.g. {@code https://shop.example/p/{identifier}}, or null
 * @param mediaBaseUrl the URL media file keys are appended to for image links, or null
 * @param delivery the channel type's own settings (format, credentials as {@code ${ENV}} references…)
 */
public record ConnectorDefinition(String code, String label, String type, String channel, String locale,
        String currency, ObjectNode selection, List<FieldMapping> fields, PublishGate publishGate, String schedule,
        boolean onChange, String linkTemplate, String mediaBaseUrl, ObjectNode delivery) {

    public ConnectorDefinition {
        fields = List.copyOf(fields);
    }

    /** The selection as the {@code search} JSON string the catalog's filters take. */
    public String selectionJson() {
        return selection == null || selection.isEmpty() ? null : selection.toString();
    }

    /** The target fields in declaration order: the columns of a CSV feed. */
    public List<String> targets() {
        return fields.stream().map(FieldMapping::target).distinct().toList();
    }

    public Optional<FieldMapping> field(String target) {
        return fields.stream().filter(f -> f.target().equals(target)).findFirst();
    }

    /** A text setting of {@code delivery}, or the default. */
    public String deliverySetting(String key, String fallback) {
        return delivery == null || !delivery.path(key).isValueNode() ? fallback : delivery.path(key).asText();
    }
}
