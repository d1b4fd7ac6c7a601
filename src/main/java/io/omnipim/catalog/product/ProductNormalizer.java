package io.omnipim.catalog.product;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.completeness.CompletenessCalculator;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.product.values.StandardValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * Products and models in Akeneo's standard format, as the API returns them: a variant shows the values and
 * categories it inherits from its models; every association type is listed, empty or not.
 */
public final class ProductNormalizer {

    private static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProductNormalizer() {
    }

    public static ObjectNode product(ProductRow p, List<ProductModelRow> lineage, CatalogStructure catalog,
            OutputOptions options, List<CompletenessRow> completeness) {
        ObjectNode out = NODES.objectNode();
        out.put("uuid", p.uuid().toString());
        out.put("identifier", p.identifier());
        out.put("enabled", p.enabled());
        out.put("family", p.family());
        out.set("categories", strings(categories(p.categories(), lineage, catalog, options)));
        out.set("groups", strings(p.groups()));
        out.put("parent", p.parent());
        out.set("values", values(p.values(), lineage, catalog, options));
        out.put("created", date(p.created()));
        out.put("updated", date(p.updated()));
        out.set("associations", associations(p.associations(), catalog));
        out.set("quantified_associations", quantified(p.quantifiedAssociations(), catalog));
        if (options.withCompletenesses()) {
            out.set("completenesses", NODES.pojoNode(CompletenessCalculator.asApi(completeness)));
        }
        return out;
    }

    public static ObjectNode model(ProductModelRow m, List<ProductModelRow> lineage, CatalogStructure catalog,
            OutputOptions options) {
        ObjectNode out = NODES.objectNode();
        out.put("code", m.code());
        out.put("family", m.family());
        out.put("family_variant", m.familyVariant());
        out.put("parent", m.parent());
        out.set("categories", strings(categories(m.categories(), lineage, catalog, options)));
        out.set("values", values(m.values(), lineage, catalog, options));
        out.put("created", date(m.created()));
        out.put("updated", date(m.updated()));
        out.set("associations", associations(m.associations(), catalog));
        out.set("quantified_associations", quantified(m.quantifiedAssociations(), catalog));
        return out;
    }

    private static List<String> categories(List<String> own, List<ProductModelRow> lineage,
            CatalogStructure catalog, OutputOptions options) {
        TreeSet<String> all = new TreeSet<>(own);
        lineage.forEach(m -> all.addAll(m.categories()));
        all.removeIf(c -> !options.showsCategory(c, catalog));
        return new ArrayList<>(all);
    }

    private static ObjectNode values(ObjectNode own, List<ProductModelRow> lineage, CatalogStructure catalog,
            OutputOptions options) {
        List<ObjectNode> layers = new ArrayList<>();
        layers.add(own);
        lineage.forEach(m -> layers.add(m.values()));
        ObjectNode raw = layers.size() == 1 ? own : RawValues.merged(layers);
        ObjectNode standard = StandardValues.of(raw, options.scope(), options.locales(), options.attributes());
        standard.fields().forEachRemaining(e -> {
            boolean isDate = catalog.attribute(e.getKey()).map(a -> a.attributeType() == AttributeType.DATE)
                    .orElse(false);
            if (isDate) {
                e.getValue().forEach(v -> ((ObjectNode) v).put("data", v.get("data").asText() + "T00:00:00+00:00"));
            }
        });
        return standard;
    }

    private static ObjectNode associations(ObjectNode stored, CatalogStructure catalog) {
        ObjectNode out = NODES.objectNode();
        for (AssociationType type : catalog.associationTypes().values()) {
            if (Boolean.TRUE.equals(type.isQuantified())) {
                continue;
            }
            JsonNode lists = stored.path(type.code());
            ObjectNode entry = out.putObject(type.code());
            entry.set("groups", array(lists.get("groups")));
            entry.set("products", array(lists.get("products")));
            entry.set("product_models", array(lists.get("product_models")));
        }
        return out;
    }

    private static ObjectNode quantified(ObjectNode stored, CatalogStructure catalog) {
        ObjectNode out = NODES.objectNode();
        for (AssociationType type : catalog.associationTypes().values()) {
            if (Boolean.TRUE.equals(type.isQuantified())) {
                JsonNode lists = stored.path(type.code());
                ObjectNode entry = out.putObject(type.code());
                entry.set("products", array(lists.get("products")));
                entry.set("product_models", array(lists.get("product_models")));
            }
        }
        return out;
    }

    private static ArrayNode array(JsonNode node) {
        return node instanceof ArrayNode a ? a.deepCopy() : NODES.arrayNode();
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode out = NODES.arrayNode();
        list.forEach(out::add);
        return out;
    }

    public static String date(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(AKENEO_DATE);
    }
}
