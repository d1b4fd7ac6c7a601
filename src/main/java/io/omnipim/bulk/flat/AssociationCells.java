package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Association columns to {@code associations} and {@code quantified_associations}: each list given replaces that
 * list (an empty cell empties it). Quantities are {@code |}-separated, one per code, in the same order.
 */
final class AssociationCells {

    private final Map<String, List<FlatColumn.Association>> byType = new TreeMap<>();
    private final CellFormats formats;

    AssociationCells(List<FlatColumn.Association> columns, CellFormats formats) {
        this.formats = formats;
        columns.forEach(c -> byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c));
    }

    /** Adds {@code associations} and {@code quantified_associations} to {@code body} when the file has them. */
    void write(Row row, ObjectNode body) {
        for (Map.Entry<String, List<FlatColumn.Association>> type : byType.entrySet()) {
            for (FlatColumn.Association codes : type.getValue()) {
                if (codes.quantity()) {
                    continue;
                }
                String root = codes.quantified() ? "quantified_associations" : "associations";
                ArrayNode list = child(child(body, root), type.getKey()).putArray(codes.target());
                if (codes.quantified()) {
                    quantified(row, codes, quantities(type.getValue(), codes), list);
                } else {
                    formats.list(row.cell(codes)).forEach(list::add);
                }
            }
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    private static FlatColumn.Association quantities(List<FlatColumn.Association> columns,
            FlatColumn.Association codes) {
        Optional<FlatColumn.Association> match = columns.stream()
                .filter(c -> c.quantity() && c.target().equals(codes.target())).findFirst();
        return match.orElseThrow(() -> new IllegalStateException("the header check pairs quantities with codes"));
    }

    private void quantified(Row row, FlatColumn.Association codes, FlatColumn.Association quantities,
            ArrayNode list) {
        String property = "quantified_associations." + codes.type() + "." + codes.target();
        List<String> identifiers = formats.list(row.cell(codes));
        List<String> counts = new ArrayList<>();
        for (String part : row.cell(quantities).split("\\|", -1)) {
            if (!part.isBlank()) {
                counts.add(part.strip());
            }
        }
        if (identifiers.size() != counts.size()) {
            row.error(quantities, property, identifiers.size() + " codes in \"" + codes.name() + "\" but "
                    + counts.size() + " quantities: write one quantity per code, in the same order, separated by |");
            return;
        }
        for (int i = 0; i < identifiers.size(); i++) {
            Integer quantity = positive(counts.get(i));
            if (quantity == null) {
                row.error(quantities, property, "the quantity of \"" + identifiers.get(i) + "\" is \"" + counts.get(i)
                        + "\"; quantities are whole numbers from 1");
                return;
            }
            list.addObject().put("identifier", identifiers.get(i)).put("quantity", quantity);
        }
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
