package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;

/**
 * Associations between the standard format and the form, both ways. A plain association sends one
 * {@code a.<type>.products} (or {@code .product_models}) field per associated item; a quantified one sends
 * {@code q.<type>.products.<identifier>} with the quantity as value. Only the types whose content differs from what
 * the product holds go into the PATCH, so an untouched type (and its groups) is never rewritten.
 */
final class AssociationForm {

    static final String SHOWN = "associations_shown";
    static final String PRODUCTS = "products";
    static final String MODELS = "product_models";

    private AssociationForm() {
    }

    /** One associated product or model; {@code quantity} is null for a plain association, as typed otherwise. */
    record Entry(String kind, String code, String quantity) {

        boolean model() {
            return MODELS.equals(kind);
        }

        /** The name of the form field carrying this entry. */
        String field(String type, boolean quantified) {
            return quantified ? "q." + type + "." + kind + "." + code : "a." + type + "." + kind;
        }
    }

    /** The associations a product holds, per type in the catalog's order, products before models. */
    static Map<String, List<Entry>> of(JsonNode body, CatalogStructure catalog) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (AssociationType type : catalog.associationTypes().values()) {
            boolean quantified = Boolean.TRUE.equals(type.isQuantified());
            JsonNode lists = body.path(quantified ? "quantified_associations" : "associations").path(type.code());
            List<Entry> entries = new ArrayList<>();
            for (String kind : List.of(PRODUCTS, MODELS)) {
                for (JsonNode item : lists.path(kind)) {
                    entries.add(quantified
                            ? new Entry(kind, item.path("identifier").asText(), item.path("quantity").asText())
                            : new Entry(kind, item.asText(), null));
                }
            }
            out.put(type.code(), entries);
        }
        return out;
    }

    /** The associations as the form sent them, per type. */
    static Map<String, List<Entry>> of(Map<String, List<String>> form, CatalogStructure catalog) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (AssociationType type : catalog.associationTypes().values()) {
            boolean quantified = Boolean.TRUE.equals(type.isQuantified());
            List<Entry> entries = new ArrayList<>();
            for (String kind : List.of(PRODUCTS, MODELS)) {
                if (quantified) {
                    String prefix = "q." + type.code() + "." + kind + ".";
                    form.keySet().stream().filter(k -> k.startsWith(prefix)).sorted()
                            .forEach(k -> entries.add(new Entry(kind, k.substring(prefix.length()),
                                    ValueForm.first(form, k).trim())));
                } else {
                    form.getOrDefault("a." + type.code() + "." + kind, List.of()).stream()
                            .filter(c -> c != null && !c.isBlank()).distinct().sorted()
                            .forEach(c -> entries.add(new Entry(kind, c, null)));
                }
            }
            out.put(type.code(), entries);
        }
        return out;
    }

    /**
     * Adds to {@code patch} the types whose content changed: {@code associations} for plain ones,
     * {@code quantified_associations} for quantified ones. A quantity that is not a whole number is sent as typed,
     * so the catalog's validation explains it.
     */
    static void patch(ObjectNode patch, Map<String, List<Entry>> current, Map<String, List<Entry>> sent,
            CatalogStructure catalog) {
        for (AssociationType type : catalog.associationTypes().values()) {
            List<Entry> before = current.getOrDefault(type.code(), List.of());
            List<Entry> after = sent.getOrDefault(type.code(), List.of());
            if (same(before, after)) {
                continue;
            }
            boolean quantified = Boolean.TRUE.equals(type.isQuantified());
            String property = quantified ? "quantified_associations" : "associations";
            ObjectNode all = patch.has(property) ? (ObjectNode) patch.get(property) : patch.putObject(property);
            ObjectNode lists = all.putObject(type.code());
            for (String kind : List.of(PRODUCTS, MODELS)) {
                ArrayNode items = lists.putArray(kind);
                for (Entry e : after) {
                    if (!e.kind().equals(kind)) {
                        continue;
                    }
                    if (!quantified) {
                        items.add(e.code());
                    } else if (e.quantity().matches("\\d{1,9}")) {
                        items.addObject().put("identifier", e.code()).put("quantity", Integer.parseInt(e.quantity()));
                    } else {
                        items.addObject().put("identifier", e.code()).put("quantity", e.quantity());
                    }
                }
            }
        }
    }

    /** The same items with the same quantities, in any order. */
    static boolean same(List<Entry> before, List<Entry> after) {
        return index(before).equals(index(after));
    }

    private static Map<String, String> index(List<Entry> entries) {
        Map<String, String> out = new HashMap<>();
        entries.forEach(e -> out.put(e.kind() + ":" + e.code(), Objects.toString(e.quantity(), "")));
        return out;
    }

    static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::kind).reversed().thenComparing(Entry::code))
                .toList();
    }
}
