package io.omnipim.testsupport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.IndexDocument;

/**
 * Builds {@link IndexDocument}s as the catalog's read door returns them (effective values in raw format), for unit
 * tests of readers: {@code ProductDocuments.product("FLE-SOCK-RUN").family("clothing").text("name", "fr_FR", …)}.
 */
public final class ProductDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2025-06-01T08:00:00Z");

    private final String identifier;
    private final ObjectNode values = NODES.objectNode();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String family;
    private String parent;
    private List<String> ancestors = List.of();
    private List<String> categories = List.of();
    private String image;
    private boolean enabled = true;

    private ProductDocuments(String identifier) {
        this.identifier = identifier;
        value("sku", null, null, NODES.textNode(identifier));
    }

    public static ProductDocuments product(String identifier) {
        return new ProductDocuments(identifier);
    }

    public ProductDocuments family(String code) {
        this.family = code;
        return this;
    }

    /** A variant: its parent model, then the root model when there are two levels. */
    public ProductDocuments variantOf(String... models) {
        this.parent = models[0];
        this.ancestors = List.of(models);
        return this;
    }

    public ProductDocuments categories(String... codes) {
        this.categories = List.of(codes);
        return this;
    }

    public ProductDocuments disabled() {
        this.enabled = false;
        return this;
    }

    /** A value of a localizable (locale given) and/or scopable (channel given) attribute. */
    public ProductDocuments text(String attribute, String channel, String locale, String data) {
        return value(attribute, channel, locale, NODES.textNode(data));
    }

    /** A value of an attribute neither localizable nor scopable. */
    public ProductDocuments text(String attribute, String data) {
        return text(attribute, null, null, data);
    }

    /** The label attribute's value, which the family designates (name). */
    public ProductDocuments name(String locale, String name) {
        labels.put(locale, name);
        return text("name", null, locale, name);
    }

    public ProductDocuments price(String attribute, String... currencyAmounts) {
        var prices = NODES.arrayNode();
        for (int i = 0; i < currencyAmounts.length; i += 2) {
            prices.addObject().put("amount", currencyAmounts[i + 1]).put("currency", currencyAmounts[i]);
        }
        return value(attribute, null, null, prices);
    }

    public ProductDocuments metric(String attribute, String amount, String unit) {
        return value(attribute, null, null, NODES.objectNode().put("amount", amount).put("unit", unit));
    }

    public ProductDocuments multi(String attribute, String... codes) {
        var list = NODES.arrayNode();
        for (String code : codes) {
            list.add(code);
        }
        return value(attribute, null, null, list);
    }

    /** The family's image attribute ({@code image}): a media file key. */
    public ProductDocuments image(String key) {
        this.image = key;
        return text("image", key);
    }

    public ProductDocuments value(String attribute, String channel, String locale, JsonNode data) {
        ObjectNode byScope = values.has(attribute) ? (ObjectNode) values.get(attribute) : values.putObject(attribute);
        String scope = channel == null ? "<all_channels>" : channel;
        ObjectNode byLocale = byScope.has(scope) ? (ObjectNode) byScope.get(scope) : byScope.putObject(scope);
        byLocale.set(locale == null ? "<all_locales>" : locale, data);
        return this;
    }

    public IndexDocument build() {
        UUID uuid = UUID.nameUUIDFromBytes(identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new IndexDocument(IndexDocument.PRODUCT, uuid.toString(), identifier, 1, "v1", enabled, family, null,
                parent, ancestors, categories, new ArrayList<>(categories), List.of(), WHEN, WHEN, List.of(),
                values.deepCopy(), Map.copyOf(labels), image);
    }
}
