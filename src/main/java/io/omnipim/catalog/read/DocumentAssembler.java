package io.omnipim.catalog.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductModelRepository;
import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.ProductRow;
import io.omnipim.catalog.product.completeness.CompletenessRepository;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.product.write.BatchLookups;

/** Builds {@link IndexDocument}s from stored rows: inherited values and categories, completeness, label, image. */
@ApplicationScoped
class DocumentAssembler {

    private final ProductRepository products;
    private final ProductModelRepository models;
    private final CompletenessRepository completeness;

    DocumentAssembler(ProductRepository products, ProductModelRepository models, CompletenessRepository completeness) {
        this.products = products;
        this.models = models;
        this.completeness = completeness;
    }

    List<IndexDocument> products(Connection c, List<ProductRow> rows, ReadStructure structure) throws SQLException {
        return products(c, rows, structure, true);
    }

    /**
     * Without {@code withCompleteness}, the documents have no completeness and their fingerprint leaves it out:
     * one query less per page for readers that only map values (connector runs).
     */
    List<IndexDocument> products(Connection c, List<ProductRow> rows, ReadStructure structure,
            boolean withCompleteness) throws SQLException {
        BatchLookups lookups = new BatchLookups(c, products, models);
        lookups.preloadModels(rows.stream().map(ProductRow::parent).toList());
        Map<UUID, List<CompletenessRow>> ratios = withCompleteness
                ? completeness.of(c, rows.stream().map(ProductRow::uuid).toList())
                : Map.of();
        List<IndexDocument> out = new ArrayList<>(rows.size());
        for (ProductRow row : rows) {
            List<ProductModelRow> lineage = row.parent() == null ? List.of() : lookups.lineage(row.parent());
            List<IndexDocument.Ratio> own = ratios.getOrDefault(row.uuid(), List.of()).stream()
                    .map(r -> new IndexDocument.Ratio(r.channel(), r.locale(), r.ratio())).toList();
            out.add(product(row, lineage, own, withCompleteness, structure));
        }
        return out;
    }

    /**
     * One product's document from its row and the models it inherits from (its parent first); {@code own} is its
     * completeness, left out of the fingerprint without {@code withCompleteness}.
     */
    static IndexDocument product(ProductRow row, List<ProductModelRow> lineage, List<IndexDocument.Ratio> own,
            boolean withCompleteness, ReadStructure structure) {
        int sum = own.stream().mapToInt(IndexDocument.Ratio::ratio).sum();
        ObjectNode values = values(row.values(), lineage);
        List<String> categories = categories(row.categories(), lineage);
        return new IndexDocument(IndexDocument.PRODUCT, row.uuid().toString(), row.identifier(), row.version(),
                Fingerprint.of(row.version(), versions(lineage), withCompleteness ? sum : null), row.enabled(),
                row.family(), lineage.isEmpty() ? null : lineage.get(0).familyVariant(), row.parent(),
                codes(lineage), categories, withAncestors(categories, structure), List.copyOf(row.groups()),
                row.created(), row.updated(), own, values, labels(row.family(), values, structure),
                image(row.family(), values, structure));
    }

    List<IndexDocument> models(Connection c, List<String> codes, ReadStructure structure) throws SQLException {
        Map<String, ProductModelRow> rows = models.byCodes(c, codes);
        BatchLookups lookups = new BatchLookups(c, products, models);
        lookups.preloadModels(rows.values().stream().map(ProductModelRow::parent).toList());
        List<IndexDocument> out = new ArrayList<>(rows.size());
        for (String code : codes) {
            ProductModelRow row = rows.get(code);
            if (row == null) {
                continue;
            }
            List<ProductModelRow> lineage = row.parent() == null ? List.of() : lookups.lineage(row.parent());
            ObjectNode values = values(row.values(), lineage);
            List<String> categories = categories(row.categories(), lineage);
            out.add(new IndexDocument(IndexDocument.PRODUCT_MODEL, row.code(), row.code(), row.version(),
                    Fingerprint.of(row.version(), versions(lineage), null), true, row.family(), row.familyVariant(),
                    row.parent(), codes(lineage), categories, withAncestors(categories, structure), List.of(),
                    row.created(), row.updated(), List.of(), values, labels(row.family(), values, structure),
                    image(row.family(), values, structure)));
        }
        return out;
    }

    private static ObjectNode values(ObjectNode own, List<ProductModelRow> lineage) {
        if (lineage.isEmpty()) {
            return own;
        }
        List<ObjectNode> layers = new ArrayList<>();
        layers.add(own);
        lineage.forEach(m -> layers.add(m.values()));
        return RawValues.merged(layers);
    }

    private static List<String> categories(List<String> own, List<ProductModelRow> lineage) {
        Set<String> out = new LinkedHashSet<>(own);
        lineage.forEach(m -> out.addAll(m.categories()));
        return List.copyOf(out);
    }

    private static List<String> withAncestors(List<String> categories, ReadStructure structure) {
        Set<String> out = new LinkedHashSet<>(categories);
        categories.forEach(c -> out.addAll(structure.categoryAncestors(c)));
        return List.copyOf(out);
    }

    private static List<Long> versions(List<ProductModelRow> lineage) {
        return lineage.stream().map(ProductModelRow::version).toList();
    }

    private static List<String> codes(List<ProductModelRow> lineage) {
        return lineage.stream().map(ProductModelRow::code).toList();
    }

    /** The label attribute's value in each enabled locale (a non-localizable label is the same in all). */
    private static Map<String, String> labels(String family, ObjectNode values, ReadStructure structure) {
        ReadStructure.FamilyInfo info = family == null ? null : structure.families().get(family);
        Map<String, String> out = new LinkedHashMap<>();
        if (info == null || info.labelAttribute() == null) {
            return out;
        }
        JsonNode byScope = values.path(info.labelAttribute());
        for (String locale : structure.enabledLocales()) {
            String label = firstText(byScope, locale);
            if (label == null) {
                label = firstText(byScope, RawValues.ALL_LOCALES);
            }
            if (label != null && !label.isBlank()) {
                out.put(locale, label);
            }
        }
        return out;
    }

    private static String image(String family, ObjectNode values, ReadStructure structure) {
        ReadStructure.FamilyInfo info = family == null ? null : structure.families().get(family);
        if (info == null || info.imageAttribute() == null) {
            return null;
        }
        JsonNode byScope = values.path(info.imageAttribute());
        String image = firstText(byScope, RawValues.ALL_LOCALES);
        if (image == null) {
            for (String locale : structure.enabledLocales()) {
                image = image == null ? firstText(byScope, locale) : image;
            }
        }
        return image;
    }

    /** The value of a locale, from the channel-independent value first, then from any channel. */
    private static String firstText(JsonNode byScope, String locale) {
        JsonNode global = byScope.path(RawValues.ALL_CHANNELS).path(locale);
        if (global.isValueNode() && !global.isNull()) {
            return global.asText();
        }
        for (JsonNode byLocale : byScope) {
            JsonNode data = byLocale.path(locale);
            if (data.isValueNode() && !data.isNull()) {
                return data.asText();
            }
        }
        return null;
    }
}
