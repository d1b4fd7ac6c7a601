package io.omnipim.bulk.flat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code variant-axes_<n>} and {@code variant-attributes_<n>} cells of a family variant row, to
 * {@code variant_attribute_sets}: {@code [{"level":1,"axes":[…],"attributes":[…]}, …]}. A level with empty axes is
 * absent (a one-level variant leaves level 2 empty); the sets are sent whole, as the API replaces them whole.
 */
final class VariantLevels {

    private final CellFormats formats;
    private final Map<Integer, FlatColumn.Property> axes = new TreeMap<>();
    private final Map<Integer, FlatColumn.Property> attributes = new TreeMap<>();

    VariantLevels(CellFormats formats) {
        this.formats = formats;
    }

    void add(FlatColumn.Property column) {
        int level = Integer.parseInt(column.qualifier());
        ("variant-axes".equals(column.property()) ? axes : attributes).put(level, column);
    }

    void write(Row row, ObjectNode body) {
        if (axes.isEmpty()) {
            return;
        }
        ArrayNode sets = null;
        for (Map.Entry<Integer, FlatColumn.Property> level : axes.entrySet()) {
            List<String> axisCodes = formats.list(row.cell(level.getValue()));
            FlatColumn.Property attributeColumn = attributes.get(level.getKey());
            List<String> attributeCodes = attributeColumn == null
                    ? List.of()
                    : formats.list(row.cell(attributeColumn));
            if (axisCodes.isEmpty()) {
                if (level.getKey() == 1 && axes.size() > 1 && !row.blank(axes.get(2))) {
                    row.error(level.getValue(), "variant_attribute_sets", "level 2 has axes but level 1 has none:"
                            + " fill \"" + level.getValue().name() + "\" first");
                } else if (!attributeCodes.isEmpty()) {
                    row.error(level.getValue(), "variant_attribute_sets", "level " + level.getKey() + " has attributes"
                            + " but no axis: fill \"" + level.getValue().name() + "\"");
                }
                continue;
            }
            if (sets == null) {
                sets = body.putArray("variant_attribute_sets");
            }
            ObjectNode set = sets.addObject().put("level", level.getKey());
            axisCodes.forEach(set.putArray("axes")::add);
            attributeCodes.forEach(set.putArray("attributes")::add);
        }
    }
}
