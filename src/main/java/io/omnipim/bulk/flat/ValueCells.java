package io.omnipim.bulk.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * The value columns of a header grouped into values (one per attribute × locale × scope: the price columns of all
 * currencies together, a metric's amount and unit together), and their cells turned into standard-format values.
 */
final class ValueCells {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(.*\\S)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The columns of one value, with what every row needs of its attribute worked out once (a type looked up and a
     * property name built per cell were a tenth of the conversion; the price columns sorted by currency, another
     * tenth) and the slot its values take in a {@link PreparedValues}.
     */
    record Slot(Attribute attribute, String locale, String scope, List<FlatColumn.Value> columns, AttributeType type,
            String property, List<FlatColumn.Value> byCurrency,
            FlatColumn.Value amountColumn, FlatColumn.Value unitColumn, PreparedValues.Slot target) {

        Slot(Attribute attribute, String locale, String scope, List<FlatColumn.Value> columns) {
            this(attribute, locale, scope, columns, attribute.attributeType(), "values." + attribute.code(),
                    columns.stream().sorted(Comparator.comparing(FlatColumn.Value::currency,
                            Comparator.nullsFirst(Comparator.naturalOrder()))).toList(),
                    columns.stream().filter(c -> !c.unit()).findFirst().orElse(null),
                    columns.stream().filter(FlatColumn.Value::unit).findFirst().orElse(null),
                    new PreparedValues.Slot(attribute.code(), locale, scope));
        }
    }

    private final List<Slot> slots;
    private final CellFormats formats;
    private final ScalarCells scalars;
    private PreparedValues.Slot identifierSlot;

    ValueCells(List<FlatColumn.Value> columns, CellFormats formats) {
        this.formats = formats;
        this.scalars = new ScalarCells(formats);
        Map<String, List<FlatColumn.Value>> grouped = new TreeMap<>();
        for (FlatColumn.Value c : columns) {
            grouped.computeIfAbsent(c.code() + "\u0000" + nonNull(c.locale()) + "\u0000" + nonNull(c.scope()),
                    k -> new ArrayList<>()).add(c);
        }
        this.slots = grouped.values().stream()
                .map(g -> new Slot(g.get(0).attribute(), g.get(0).locale(), g.get(0).scope(), g)).toList();
    }

    /**
     * The values as a list (no JSON object per value, each value's slot shared by all rows; {@link
     * PreparedValues#toApi()} gives the API's {@code values} object), attributes in code order, each value list in
     * locale then scope order, the identifier's value in its place among the attributes. An empty cell gives
     * {@code data: null}, which erases the value. Without an identifier (an empty cell, or a model) there is none.
     */
    PreparedValues prepared(Row row, String identifierCode, String identifier) {
        PreparedValues values = new PreparedValues(slots.size() + 1);
        boolean identifierDone = identifier == null;
        for (Slot slot : slots) {
            if (!identifierDone && slot.attribute().code().compareTo(identifierCode) > 0) {
                values.add(identifierSlot(identifierCode), NODES.textNode(identifier));
                identifierDone = true;
            }
            JsonNode data = data(slot, row);
            if (data != null) {
                values.add(slot.target(), data);
            }
        }
        if (!identifierDone) {
            values.add(identifierSlot(identifierCode), NODES.textNode(identifier));
        }
        return values;
    }

    private PreparedValues.Slot identifierSlot(String code) {
        PreparedValues.Slot slot = identifierSlot;
        if (slot == null || !slot.attribute().equals(code)) {
            slot = new PreparedValues.Slot(code, null, null);
            identifierSlot = slot;
        }
        return slot;
    }

    /** The data of one value, {@link NullNode} to erase it, or null when a cell is wrong (then the row has errors). */
    private JsonNode data(Slot slot, Row row) {
        switch (slot.type()) {
            case PRICE_COLLECTION :
                return prices(slot, row);
            case METRIC :
                return metric(slot, row);
            default :
                FlatColumn.Value column = slot.columns().get(0);
                return row.read(column, slot.property(), cell -> scalars.data(slot.attribute(), slot.type(), cell));
        }
    }

    private JsonNode prices(Slot slot, Row row) {
        ArrayNode prices = NODES.arrayNode();
        boolean failed = false;
        for (FlatColumn.Value column : slot.byCurrency()) {
            if (row.blank(column)) {
                continue;
            }
            BigDecimal amount = row.read(column, slot.property(), formats::number);
            if (amount == null) {
                failed = true;
            } else {
                prices.addObject().put("amount", CellFormats.priceAmount(amount)).put("currency", column.currency());
            }
        }
        if (failed) {
            return null;
        }
        return prices.isEmpty() ? NullNode.instance : prices;
    }

    /** {@code weight} = {@code 1.25} and {@code weight-unit} = {@code KILOGRAM}, or {@code 1.25 KILOGRAM} alone. */
    private JsonNode metric(Slot slot, Row row) {
        FlatColumn.Value amountColumn = slot.amountColumn();
        FlatColumn.Value unitColumn = slot.unitColumn();
        if (amountColumn == null || row.blank(amountColumn)) {
            return NullNode.instance;
        }
        String amountText = row.cell(amountColumn);
        String unit = unitColumn == null || row.blank(unitColumn) ? null : row.cell(unitColumn).strip();
        String stripped = amountText.strip();
        Matcher inline = hasRegexSpace(stripped) ? AMOUNT_AND_UNIT.matcher(stripped) : null;
        if (inline != null && inline.matches()) {
            if (unit != null && !unit.equals(inline.group(2))) {
                row.error(amountColumn, slot.property(), "two units: \"" + inline.group(2) + "\" here and \"" + unit
                        + "\" in \"" + unitColumn.name() + "\"; keep one");
                return null;
            }
            amountText = inline.group(1);
            unit = inline.group(2);
        }
        if (unit == null) {
            String example = slot.attribute().defaultMetricUnit() == null
                    ? "KILOGRAM"
                    : slot.attribute().defaultMetricUnit();
            row.error(amountColumn, slot.property(), "the amount has no unit: fill the column \""
                    + FlatColumn.valueName(slot.attribute(), slot.locale(), slot.scope(), null, true) + "\" (e.g. "
                    + example + ") or write \"" + amountText.strip() + " " + example + "\"");
            return null;
        }
        String amountCell = amountText;
        BigDecimal amount = row.read(amountColumn, slot.property(), cell -> formats.number(amountCell));
        if (amount == null) {
            return null;
        }
        ObjectNode data = NODES.objectNode();
        data.put("amount", CellFormats.canonical(amount));
        data.put("unit", unit);
        return data;
    }

    /** Whether the text has a character of the regex {@code \s}: only then can it be "1.25 KILOGRAM". */
    private static boolean hasRegexSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
