package io.omnipim.catalog.product.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.family.Family;

/**
 * Akeneo's completeness: for each channel and each of its locales, the family's required attributes for that
 * channel against the product's values (its own and inherited), ratio = floor(100 × filled / required). Cost is
 * proportional to one product, so it is computed on every write.
 */
public final class CompletenessCalculator {

    private CompletenessCalculator() {
    }

    public static List<CompletenessRow> compute(String familyCode, ObjectNode effectiveValues,
            CatalogStructure catalog) {
        return computeLayered(familyCode, List.of(effectiveValues), catalog);
    }

    /**
     * As {@link #compute(String, ObjectNode, CatalogStructure)} for a variant given as its values over its models'
     * values (own first): a value is looked up layer by layer instead of merging the layers into one tree first,
     * which cost an import as much as the completeness itself.
     */
    public static List<CompletenessRow> computeLayered(String familyCode, List<ObjectNode> ownFirst,
            CatalogStructure catalog) {
        Family family = familyCode == null ? null : catalog.families().get(familyCode);
        if (family == null) {
            return List.of();
        }
        List<CompletenessRow> out = new ArrayList<>();
        for (Channel channel : catalog.channels().values()) {
            List<Attribute> required = family.attributeRequirements().getOrDefault(channel.code(), List.of()).stream()
                    .map(catalog.attributes()::get).filter(java.util.Objects::nonNull).toList();
            for (String locale : channel.locales()) {
                out.add(row(channel, locale, required, ownFirst));
            }
        }
        return out;
    }

    private static CompletenessRow row(Channel channel, String locale, List<Attribute> required,
            List<ObjectNode> ownFirst) {
        int count = 0;
        List<String> missing = new ArrayList<>();
        for (Attribute a : required) {
            if (!a.availableLocales().isEmpty() && !a.availableLocales().contains(locale)) {
                continue;
            }
            count++;
            JsonNode data = value(ownFirst, a.code(), a.isScopable() ? channel.code() : null,
                    a.isLocalizable() ? locale : null);
            if (!filled(a, data, channel)) {
                missing.add(a.code());
            }
        }
        int ratio = count == 0 ? 100 : (int) Math.floor(100.0 * (count - missing.size()) / count);
        return new CompletenessRow(channel.code(), locale, count, missing.size(), ratio, missing);
    }

    private static JsonNode value(List<ObjectNode> ownFirst, String attribute, String scope, String locale) {
        for (ObjectNode layer : ownFirst) {
            JsonNode data = layer == null ? null : RawValues.get(layer, attribute, scope, locale);
            if (data != null) {
                return data;
            }
        }
        return null;
    }

    /** A price collection is complete when it has an amount in every currency of the channel. */
    static boolean filled(Attribute a, JsonNode data, Channel channel) {
        if (data == null || data.isNull()) {
            return false;
        }
        if (a.attributeType() == AttributeType.PRICE_COLLECTION) {
            Set<String> currencies = new java.util.HashSet<>();
            data.forEach(p -> currencies.add(p.path("currency").asText()));
            return currencies.containsAll(channel.currencies());
        }
        if (data.isTextual()) {
            return !data.textValue().isBlank();
        }
        if (data.isArray()) {
            return !data.isEmpty();
        }
        if (data.isObject() && data.has("amount")) {
            return !data.get("amount").isNull();
        }
        return true;
    }

    /** Akeneo's API shape: {@code [{"scope":…,"locale":…,"data":ratio}]}. */
    public static List<java.util.Map<String, Object>> asApi(List<CompletenessRow> rows) {
        return rows.stream().map(r -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("scope", r.channel());
            m.put("locale", r.locale());
            m.put("data", r.ratio());
            return m;
        }).collect(Collectors.toList());
    }
}
