package io.omnipim.catalog.product.values;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Akeneo's standard format for values: {@code {"attr":[{"locale":…,"scope":…,"data":…}]}}, from raw values. */
public final class StandardValues {

    private StandardValues() {
    }

    /**
     * The standard form of {@code raw}, keeping only the given scope, locales and attributes when they are set
     * (the API's {@code scope}, {@code locales} and {@code attributes} parameters).
     */
    public static ObjectNode of(ObjectNode raw, String onlyScope, Set<String> onlyLocales, Set<String> onlyAttributes) {
        Map<String, ArrayNode> byAttribute = new TreeMap<>();
        List<RawValues.Entry> entries = RawValues.entries(raw);
        entries.sort(Comparator.comparing((RawValues.Entry e) -> e.attribute())
                .thenComparing(e -> e.locale() == null ? "" : e.locale())
                .thenComparing(e -> e.scope() == null ? "" : e.scope()));
        for (RawValues.Entry e : entries) {
            if (onlyScope != null && e.scope() != null && !onlyScope.equals(e.scope())) {
                continue;
            }
            if (onlyLocales != null && e.locale() != null && !onlyLocales.contains(e.locale())) {
                continue;
            }
            if (onlyAttributes != null && !onlyAttributes.contains(e.attribute())) {
                continue;
            }
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.put("locale", e.locale());
            value.put("scope", e.scope());
            value.set("data", outward(e.data()));
            byAttribute.computeIfAbsent(e.attribute(), k -> JsonNodeFactory.instance.arrayNode()).add(value);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        byAttribute.forEach(out::set);
        return out;
    }

    /** Metric data keeps its base conversion in storage (for filters); the API shows amount and unit only. */
    private static JsonNode outward(JsonNode data) {
        if (data instanceof ObjectNode o && o.has("base_data")) {
            ObjectNode copy = o.deepCopy();
            copy.remove("base_data");
            copy.remove("base_unit");
            return copy;
        }
        return data;
    }
}
