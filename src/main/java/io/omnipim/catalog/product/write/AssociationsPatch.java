package io.omnipim.catalog.product.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.platform.errors.FieldError;

/**
 * {@code associations} and {@code quantified_associations}: per association type, each of products,
 * product_models and groups given replaces that list. Referenced products and models must exist.
 */
final class AssociationsPatch {

    private static final Set<String> PLAIN_KEYS = Set.of("products", "product_models", "groups", "product_uuids");
    private static final Set<String> QUANTIFIED_KEYS = Set.of("products", "product_models", "product_uuids");

    private AssociationsPatch() {
    }

    static void apply(ObjectNode associations, JsonNode patch, boolean quantified, CatalogStructure catalog,
            Lookups lookups, List<FieldError> errors) {
        String property = quantified ? "quantified_associations" : "associations";
        if (patch == null || patch.isNull()) {
            return;
        }
        if (!patch.isObject()) {
            errors.add(FieldError.of(property, "Property \"" + property + "\" expects an object."));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> types = patch.fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            AssociationType definition = catalog.associationTypes().get(type.getKey());
            if (definition == null) {
                errors.add(FieldError.of(property, "The association type \"" + type.getKey() + "\" does not exist."));
                continue;
            }
            if (Boolean.TRUE.equals(definition.isQuantified()) != quantified) {
                errors.add(FieldError.of(property, "The association type \"" + type.getKey() + "\" is "
                        + (quantified ? "not " : "") + "quantified: use \""
                        + (quantified ? "associations" : "quantified_associations") + "\"."));
                continue;
            }
            applyType(associations, type.getKey(), type.getValue(), quantified, catalog, lookups, errors);
        }
    }

    private static void applyType(ObjectNode associations, String type, JsonNode lists, boolean quantified,
            CatalogStructure catalog,
            Lookups lookups, List<FieldError> errors) {
        String property = quantified ? "quantified_associations" : "associations";
        if (!lists.isObject()) {
            errors.add(FieldError.of(property, "The association \"" + type + "\" expects an object."));
            return;
        }
        ObjectNode target = associations.has(type) ? (ObjectNode) associations.get(type) : associations.putObject(type);
        Iterator<Map.Entry<String, JsonNode>> fields = lists.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> list = fields.next();
            if (!(quantified ? QUANTIFIED_KEYS : PLAIN_KEYS).contains(list.getKey()) || !list.getValue().isArray()) {
                errors.add(FieldError.of(property, "Property \"" + list.getKey() + "\" of the association \"" + type
                        + "\" is not valid."));
                continue;
            }
            ArrayNode items = quantified
                    ? quantifiedItems(list.getValue(), type, errors)
                    : plainItems((ArrayNode) list.getValue());
            ArrayNode stored = checkExistence(list.getKey(), items, quantified, type, catalog, lookups, errors);
            target.set(list.getKey(), stored);
        }
        if (isEmpty(target)) {
            associations.remove(type);
        }
    }

    private static ArrayNode plainItems(ArrayNode given) {
        Set<String> unique = new LinkedHashSet<>();
        given.forEach(n -> unique.add(n.asText()));
        ArrayNode out = given.arrayNode();
        unique.stream().sorted().forEach(out::add);
        return out;
    }

    private static ArrayNode quantifiedItems(JsonNode given, String type, List<FieldError> errors) {
        ArrayNode out = ((ArrayNode) given).arrayNode();
        for (JsonNode item : given) {
            JsonNode quantity = item.get("quantity");
            if (!item.hasNonNull("identifier") || quantity == null || !quantity.canConvertToInt()
                    || quantity.asInt() < 1) {
                errors.add(FieldError.of("quantified_associations", "Each item of \"" + type
                        + "\" needs an identifier and a positive whole quantity."));
                continue;
            }
            out.addObject().put("identifier", item.get("identifier").asText()).put("quantity", quantity.asInt());
        }
        return out;
    }

    /** Reports the references that do not exist; returns the items with product identifiers as stored. */
    private static ArrayNode checkExistence(String key, ArrayNode items, boolean quantified, String type,
            CatalogStructure catalog, Lookups lookups, List<FieldError> errors) {
        List<String> refs = new ArrayList<>();
        items.forEach(n -> refs.add(quantified ? n.get("identifier").asText() : n.asText()));
        if (refs.isEmpty()) {
            return items;
        }
        Set<String> missing = Set.of();
        if ("products".equals(key)) {
            Map<String, String> stored = lookups.storedProducts(refs);
            missing = new LinkedHashSet<>(refs);
            missing.removeAll(stored.keySet());
            items = asStored(items, quantified, stored);
        } else if ("product_models".equals(key)) {
            missing = lookups.missingModels(refs);
        } else if ("groups".equals(key)) {
            missing = new LinkedHashSet<>(refs);
            missing.removeAll(catalog.groups().keySet());
        }
        for (String m : missing) {
            errors.add(FieldError.of(quantified ? "quantified_associations" : "associations", "The "
                    + key.replace('_', ' ').replaceAll("s$", "") + " \"" + m + "\" of the association \"" + type
                    + "\" does not exist."));
        }
        return items;
    }

    /** Product references spelled as the products' identifiers are stored ({@code sku-abc} → {@code SKU-ABC}). */
    private static ArrayNode asStored(ArrayNode items, boolean quantified, Map<String, String> stored) {
        if (quantified) {
            items.forEach(n -> ((ObjectNode) n).put("identifier",
                    stored.getOrDefault(n.get("identifier").asText(), n.get("identifier").asText())));
            return items;
        }
        ArrayNode out = items.arrayNode();
        items.forEach(n -> out.add(stored.getOrDefault(n.asText(), n.asText())));
        return plainItems(out);
    }

    private static boolean isEmpty(ObjectNode lists) {
        Iterator<JsonNode> it = lists.elements();
        while (it.hasNext()) {
            if (!it.next().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
