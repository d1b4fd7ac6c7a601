package io.omnipim.bulk.flat;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * The data of a one-column value, typed as the API stores and returns it: numbers as canonical strings, dates as
 * midnight UTC, booleans as JSON booleans. An empty cell is {@link NullNode}: erase.
 */
final class ScalarCells {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CellFormats formats;

    ScalarCells(CellFormats formats) {
        this.formats = formats;
    }

    JsonNode data(Attribute attribute, String cell) {
        return data(attribute, attribute.attributeType(), cell);
    }

    /** As {@link #data(Attribute, String)} with the attribute's type looked up once for its column. */
    JsonNode data(Attribute attribute, AttributeType type, String cell) {
        if (cell.isBlank()) {
            return NullNode.instance;
        }
        switch (type) {
            case NUMBER :
                return TextNode.valueOf(CellFormats.canonical(formats.number(cell)));
            case BOOLEAN :
                return BooleanNode.valueOf(CellFormats.bool(cell));
            case DATE :
                return TextNode.valueOf(CellFormats.toApi(formats.date(cell)));
            case SIMPLE_SELECT :
            case IMAGE :
            case FILE :
                return TextNode.valueOf(cell.strip());
            case MULTI_SELECT :
                return codes(formats.list(cell));
            case TABLE :
                return table(cell);
            default :
                return TextNode.valueOf(FlatText.restore(cell));
        }
    }

    private static JsonNode codes(List<String> codes) {
        if (codes.isEmpty()) {
            return NullNode.instance;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        codes.forEach(out::add);
        return out;
    }

    /** Table rows travel as the API's JSON array, as Akeneo's own flat files write them. */
    private static JsonNode table(String cell) {
        try {
            JsonNode rows = JSON.readTree(cell);
            if (rows != null && rows.isArray()) {
                return rows;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new CellProblem("a table cell holds its rows as a JSON array, e.g. [{\"size\":\"S\",\"width\":\"40\"}]");
    }
}
