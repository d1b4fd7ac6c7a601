package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.and;
import static io.omnipim.search.query.QueryDsl.matchAll;
import static io.omnipim.search.query.QueryDsl.object;
import static io.omnipim.search.query.QueryDsl.range;
import static io.omnipim.search.query.QueryDsl.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ReadStructure.AttributeInfo;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.DocumentSource;
import io.omnipim.search.index.ValueFields;

/**
 * Facet counts the way shops show them: values of one facet are alternatives (disjunctive), facets combine
 * (conjunctive). The selected facet values filter the hits through {@code post_filter}; each facet's aggregation
 * applies the selections of every other facet but not its own, so its other values keep their counts.
 */
final class Facets {

    static final List<String> PROPERTIES = List.of("family", "categories", "enabled", "completeness", "type");
    private static final int SIZE = 100;

    private Facets() {
    }

    /** Checks the facets asked: properties, or select and boolean attributes. */
    static void check(List<String> facets, ReadStructure structure) {
        for (String facet : facets) {
            if (PROPERTIES.contains(facet)) {
                continue;
            }
            AttributeInfo attribute = structure.attributes().get(facet);
            if (attribute == null) {
                throw Condition.invalid("facets", "The facet \"" + facet + "\" is neither a property ("
                        + String.join(", ", PROPERTIES) + ") nor an attribute.");
            }
            if (!attribute.kind().isSelect() && attribute.kind() != ValueKind.BOOLEAN) {
                throw Condition.invalid("facets", "The attribute \"" + facet
                        + "\" cannot be a facet: only select and boolean attributes can.");
            }
        }
    }

    static ObjectNode aggregations(List<String> facets, Map<String, List<JsonNode>> selections, FilterContext ctx) {
        ObjectNode aggs = object();
        for (String facet : facets) {
            List<JsonNode> others = new ArrayList<>();
            selections.forEach((field, queries) -> {
                if (!field.equals(facet)) {
                    others.addAll(queries);
                }
            });
            ObjectNode agg = aggs.putObject("f_" + facet);
            agg.set("filter", others.isEmpty() ? matchAll() : and(others));
            agg.putObject("aggs").set("v", inner(facet, ctx));
        }
        return aggs;
    }

    private static ObjectNode inner(String facet, FilterContext ctx) {
        switch (facet) {
            case "family" :
            case "categories" :
            case "enabled" :
            case "type" :
                return terms(facet);
            case "completeness" :
                ObjectNode filters = object();
                ObjectNode named = filters.putObject("filters").putObject("filters");
                String field = "completeness." + DocumentSource.completenessKey(ctx.scopeOrDefault(),
                        ctx.localeOrDefault());
                named.set("complete", term(field, IntNode.valueOf(100)));
                named.set("incomplete", range(field, "lt", IntNode.valueOf(100)));
                return filters;
            default :
                return attribute(ctx.structure().attributes().get(facet), ctx);
        }
    }

    private static ObjectNode terms(String field) {
        ObjectNode agg = object();
        agg.putObject("terms").put("field", field).put("size", SIZE);
        return agg;
    }

    /**
     * The codes (or true/false) of the attribute's value field in the request's locale and scope, else the
     * defaults: one plain terms aggregation.
     */
    private static ObjectNode attribute(AttributeInfo attribute, FilterContext ctx) {
        String key = ValueFields.key(attribute.code(), attribute.scopable() ? ctx.scopeOrDefault() : null,
                attribute.localizable() ? ctx.localeOrDefault() : null);
        return terms(ValueFields.field(key, ValueFields.leaf(attribute.kind())));
    }

    static Map<String, List<FacetValue>> read(JsonNode aggregations, List<String> facets, FilterContext ctx,
            String labelLocale) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        ReadStructure structure = ctx.structure();
        for (String facet : facets) {
            JsonNode v = aggregations.path("f_" + facet).path("v");
            List<FacetValue> values = new ArrayList<>();
            if ("completeness".equals(facet)) {
                v.path("buckets").fields().forEachRemaining(
                        b -> values.add(new FacetValue(b.getKey(), null, b.getValue().path("doc_count").asLong())));
            } else {
                for (JsonNode b : v.path("buckets")) {
                    String code = b.path("key_as_string").asText(b.path("key").asText());
                    String label = PROPERTIES.contains(facet)
                            ? label(facet, code, structure, labelLocale)
                            : optionLabel(structure, facet, code, labelLocale);
                    values.add(new FacetValue(code, label, b.path("doc_count").asLong()));
                }
            }
            out.put(facet, values);
        }
        return out;
    }

    private static String optionLabel(ReadStructure structure, String attribute, String code, String locale) {
        return structure.attributes().get(attribute).kind() == ValueKind.BOOLEAN
                ? null
                : structure.optionLabel(attribute, code, locale);
    }

    private static String label(String facet, String code, ReadStructure structure, String locale) {
        switch (facet) {
            case "family" :
                return structure.familyLabel(code, locale);
            case "categories" :
                return structure.categoryLabel(code, locale);
            default :
                return null;
        }
    }
}
