package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.product.completeness.CompletenessCalculator;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;

/**
 * What the product and model pages share: the models above one, completeness computed from the values shown (the
 * same rules as the catalog's), and the matrix of every channel and locale.
 */
@ApplicationScoped
class PageReader {

    private final ProductModelReadService models;

    PageReader(ProductModelReadService models) {
        this.models = models;
    }

    /**
     * The model codes above a product or model, nearest first, the family variant they share, and the categories
     * the nearest one shows (its own and its parent's): what a product below inherits.
     */
    record Lineage(List<String> codes, String familyVariant, Set<String> categories) {
    }

    Lineage lineage(String parent) {
        List<String> codes = new ArrayList<>();
        String familyVariant = null;
        Set<String> categories = new java.util.TreeSet<>();
        for (String next = parent; next != null && codes.size() < 3;) {
            ObjectNode model = models.get(next, OutputOptions.ALL);
            if (codes.isEmpty()) {
                model.path("categories").forEach(c -> categories.add(c.asText()));
            }
            codes.add(next);
            familyVariant = model.path("family_variant").asText(null);
            next = model.path("parent").asText(null);
        }
        return new Lineage(codes, familyVariant, categories);
    }

    /** Completeness per channel and locale of these standard-format values (own and inherited). */
    static List<CompletenessRow> completeness(String family, ObjectNode standardValues, CatalogStructure catalog) {
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        standardValues.fields().forEachRemaining(e -> {
            for (JsonNode entry : e.getValue()) {
                RawValues.put(raw, e.getKey(), entry.path("scope").asText(null), entry.path("locale").asText(null),
                        entry.get("data"));
            }
        });
        return CompletenessCalculator.compute(family, raw, catalog);
    }

    static CompletenessRow row(List<CompletenessRow> rows, ContextChoice context) {
        return rows.stream().filter(r -> r.channel().equals(context.channel()) && r.locale().equals(context.locale()))
                .findFirst().orElse(null);
    }

    static List<EditorView.MatrixRow> matrix(List<CompletenessRow> rows, CatalogStructure catalog,
            ContextChoice context, String identifier, String labelLocale) {
        List<EditorView.MatrixRow> out = new ArrayList<>();
        for (Channel channel : catalog.channels().values()) {
            List<EditorView.Cell> cells = new ArrayList<>();
            for (CompletenessRow r : rows) {
                if (r.channel().equals(channel.code())) {
                    cells.add(new EditorView.Cell(r.locale(), r.ratio(),
                            Links.product(identifier, channel.code(), r.locale()),
                            channel.code().equals(context.channel()) && r.locale().equals(context.locale())));
                }
            }
            if (!cells.isEmpty()) {
                out.add(new EditorView.MatrixRow(ContextChoice.label(channel, labelLocale), cells));
            }
        }
        return out;
    }

    static List<EditorView.Missing> missing(CompletenessRow row, CatalogStructure catalog, String labelLocale) {
        if (row == null) {
            return List.of();
        }
        return row.missingAttributes().stream().map(code -> {
            Attribute a = catalog.attributes().get(code);
            String label = a == null || a.labels() == null ? code : a.labels().getOrDefault(labelLocale, code);
            return new EditorView.Missing(code, label);
        }).toList();
    }

    static Set<String> required(Family family, ContextChoice context) {
        if (family == null || family.attributeRequirements() == null) {
            return Set.of();
        }
        return Set.copyOf(family.attributeRequirements().getOrDefault(context.channel(), List.of()));
    }

    /** The family's label attribute or image attribute in the page's context. */
    static String shown(FieldBuilder fields, Family family, ObjectNode values, String attribute,
            CatalogStructure catalog) {
        Attribute a = attribute == null ? null : catalog.attributes().get(attribute);
        if (family == null || a == null) {
            return null;
        }
        JsonNode data = fields.value(values, a);
        return data == null || data.isNull() ? null : data.asText();
    }

    static String familyLabel(Family family, String labelLocale) {
        return family == null
                ? null
                : family.labels() == null ? family.code() : family.labels().getOrDefault(labelLocale, family.code());
    }

    static String date(JsonNode updated) {
        String text = updated == null ? "" : updated.asText("");
        return text.length() >= 16 ? text.substring(0, 10) + " " + text.substring(11, 16) : text;
    }

}
