package io.omnipim.bulk.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A structure row (attribute, family, channel…) to the JSON body its REST endpoint accepts, snake_case properties
 * typed as the API returns them. An empty cell leaves the property as it is, except a label (erased), the parent
 * of a category (a root) and a family's requirements for a channel (none but the identifier).
 */
final class StructureRowConverter implements FlatRowConverter {

    private final FlatHeader header;
    private final CellFormats formats;
    private final Map<String, StructureField> fields = new TreeMap<>();

    StructureRowConverter(FlatHeader header, FlatOptions options) {
        this.header = header;
        this.formats = new CellFormats(options);
        StructureField.of(header.type()).forEach(f -> fields.put(f.column(), f));
    }

    @Override
    public Converted convert(List<String> cells) {
        List<CellError> sizeErrors = new ArrayList<>();
        Row row = Row.of(header, cells, sizeErrors);
        if (row == null) {
            return new Converted(JsonNodeFactory.instance.objectNode(), null, sizeErrors);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        VariantLevels levels = new VariantLevels(formats);
        for (FlatColumn column : header.columns()) {
            FlatColumn.Property p = (FlatColumn.Property) column;
            switch (p.property()) {
                case "label" :
                    String label = FlatText.restore(row.cell(p)).strip();
                    child(body, "labels").put(p.qualifier(), label.isEmpty() ? null : label);
                    break;
                case "requirements" :
                    ArrayNode required = child(body, "attribute_requirements").putArray(p.qualifier());
                    formats.list(row.cell(p)).forEach(required::add);
                    break;
                case "variant-axes" :
                case "variant-attributes" :
                    levels.add(p);
                    break;
                default :
                    field(row, p, fields.get(p.property()), body);
            }
        }
        levels.write(row, body);
        String key = body.path("code").asText(null);
        if (key == null) {
            header.column("code").ifPresent(c -> row.error(c, "code", "the code is empty: every "
                    + header.type().apiName().replace('_', ' ') + " row needs one"));
        }
        return new Converted(body, key, row.errors());
    }

    private void field(Row row, FlatColumn.Property column, StructureField field, ObjectNode body) {
        String cell = row.cell(column).strip();
        String property = field.property();
        if (cell.isEmpty()) {
            if (field.kind() == StructureField.Kind.TEXT_OR_NULL) {
                body.putNull(property);
            }
            return;
        }
        switch (field.kind()) {
            case BOOLEAN :
                Boolean flag = row.read(column, property, CellFormats::bool);
                if (flag != null) {
                    body.put(property, flag);
                }
                break;
            case INTEGER :
                Integer number = row.read(column, property, this::integer);
                if (number != null) {
                    body.put(property, number);
                }
                break;
            case DECIMAL :
                BigDecimal decimal = row.read(column, property, formats::number);
                if (decimal != null) {
                    body.put(property, CellFormats.canonical(decimal));
                }
                break;
            case DATE :
                String date = row.read(column, property, c -> CellFormats.toApi(formats.date(c)));
                if (date != null) {
                    body.put(property, date);
                }
                break;
            case LIST :
                ArrayNode list = body.putArray(property);
                formats.list(cell).forEach(list::add);
                break;
            case PAIRS :
                ObjectNode pairs = row.read(column, property, this::pairs);
                if (pairs != null) {
                    body.set(property, pairs);
                }
                break;
            default :
                body.put(property, FlatText.restore(cell));
        }
    }

    private Integer integer(String cell) {
        BigDecimal value = formats.number(cell);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new CellProblem("\"" + cell + "\" is not a whole number");
        }
    }

    /** {@code weight:KILOGRAM,length:CENTIMETER} to {@code {"weight":"KILOGRAM","length":"CENTIMETER"}}. */
    private ObjectNode pairs(String cell) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String pair : formats.list(cell)) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new CellProblem("\"" + pair + "\" is not an attribute:UNIT pair; write e.g. weight:KILOGRAM");
            }
            out.put(parts[0].strip(), parts[1].strip());
        }
        return out;
    }

    static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }
}
