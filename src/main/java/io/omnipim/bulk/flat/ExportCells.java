package io.omnipim.bulk.flat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.attribute.Attribute;

/**
 * One cell of an export from a product or model in standard format (as GET returns it): numbers canonical with the
 * file's decimal separator, booleans 1/0, lists joined, dates in the file's format, texts neutralised against
 * spreadsheet formulas. With labels, codes become labels.
 */
final class ExportCells {

    private final CellFormats formats;
    private final ExportLabels labels;

    /** @param labels null to write codes */
    ExportCells(CellFormats formats, ExportLabels labels) {
        this.formats = formats;
        this.labels = labels;
    }

    /** The cell of a property or association column (value columns: {@link #data}). */
    String cell(FlatColumn column, JsonNode standard) {
        if (column instanceof FlatColumn.Property p) {
            return property(p.property(), standard.path(p.property()));
        }
        return association((FlatColumn.Association) column, standard);
    }

    private String property(String name, JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return "";
        }
        switch (name) {
            case "enabled" :
                return node.asBoolean() ? "1" : "0";
            case "categories" :
                return join(texts(node).stream().map(c -> labels == null ? c : labels.category(c)).toList());
            case "groups" :
                return join(texts(node));
            case "family" :
                return labels == null ? node.asText() : labels.family(node.asText());
            case "family_variant" :
                return labels == null ? node.asText() : labels.familyVariant(node.asText());
            default :
                return node.asText();
        }
    }

    /**
     * The cell of a value column for the value's {@code data} as {@link RowValues} found it (null: an empty
     * cell).
     */
    String data(FlatColumn.Value column, JsonNode data) {
        if (data == null || data.isNull()) {
            return "";
        }
        Attribute a = column.attribute();
        switch (a.attributeType()) {
            case IDENTIFIER :
            case TEXT :
            case TEXTAREA :
                return FlatText.neutralise(data.asText());
            case NUMBER :
                return formats.formatNumber(CellFormats.canonical(decimal(data)));
            case BOOLEAN :
                return data.asBoolean() ? "1" : "0";
            case DATE :
                LocalDate date = CellFormats.apiDate(data.asText());
                return date == null ? data.asText() : formats.formatDate(date);
            case METRIC :
                return column.unit()
                        ? data.path("unit").asText("")
                        : formats.formatNumber(CellFormats.canonical(decimal(data.path("amount"))));
            case PRICE_COLLECTION :
                return price(column.currency(), data);
            case SIMPLE_SELECT :
                return labels == null ? data.asText() : labels.option(a.code(), data.asText());
            case MULTI_SELECT :
                return join(texts(data).stream().map(c -> labels == null ? c : labels.option(a.code(), c)).toList());
            case TABLE :
                return data.toString();
            default :
                return data.asText();
        }
    }

    private String price(String currency, JsonNode prices) {
        for (JsonNode price : prices) {
            JsonNode amount = price.path("amount");
            if (currency.equals(price.path("currency").asText()) && !amount.isNull() && !amount.isMissingNode()) {
                return formats.formatNumber(CellFormats.priceAmount(decimal(amount)));
            }
        }
        return "";
    }

    private String association(FlatColumn.Association column, JsonNode standard) {
        String root = column.quantified() ? "quantified_associations" : "associations";
        JsonNode list = standard.path(root).path(column.type()).path(column.target());
        if (!column.quantified()) {
            return join(texts(list));
        }
        List<String> parts = new ArrayList<>();
        list.forEach(item -> parts.add(column.quantity()
                ? item.path("quantity").asText()
                : item.path("identifier").asText()));
        return column.quantity() ? String.join("|", parts) : join(parts);
    }

    private String join(List<String> codes) {
        return labels == null ? formats.join(codes) : String.join(", ", codes);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
    }

}
