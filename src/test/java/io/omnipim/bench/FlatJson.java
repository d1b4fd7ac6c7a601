package io.omnipim.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one row of an Akeneo flat CSV (products or product models) into the standard JSON format the API takes:
 * {@code name-fr_FR} becomes a fr_FR value of {@code name}, {@code price-EUR} one price of the price collection,
 * {@code weight} and {@code weight-unit} one metric. The attribute types come from attributes.csv, so nothing
 * here knows the generator's attributes by name.
 */
final class FlatJson {

    /** What the CSV says about one attribute. */
    record AttributeSpec(String code, String type, boolean localizable, boolean scopable) {
    }

    /** One value column, parsed from its header once. {@code suffix} is a price's currency or "unit". */
    private record Column(String header, AttributeSpec attribute, String locale, String scope, String suffix) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, AttributeSpec> attributes;
    /** The header the columns were parsed from: models and products have different ones. */
    private List<String> header = List.of();
    private List<Column> columns;

    FlatJson(Map<String, AttributeSpec> attributes) {
        this.attributes = attributes;
    }

    static FlatJson fromCatalog(Path catalog) throws IOException {
        Map<String, AttributeSpec> specs = new HashMap<>();
        for (Map<String, String> row : CsvRows.readAll(catalog.resolve("attributes.csv"))) {
            specs.put(row.get("code"), new AttributeSpec(row.get("code"), row.get("type"),
                    "1".equals(row.get("localizable")), "1".equals(row.get("scopable"))));
        }
        return new FlatJson(specs);
    }

    ObjectNode product(Map<String, String> row) {
        ObjectNode product = NODES.objectNode();
        product.put("identifier", row.get("sku"));
        product.put("family", row.get("family"));
        if (!row.getOrDefault("parent", "").isEmpty()) {
            product.put("parent", modelCode(row.get("parent")));
        }
        product.set("categories", codes(row.get("categories")));
        product.put("enabled", "1".equals(row.get("enabled")));
        if (!row.getOrDefault("groups", "").isEmpty()) {
            product.set("groups", codes(row.get("groups")));
        }
        product.set("values", values(row));
        return product;
    }

    ObjectNode productModel(Map<String, String> row) {
        ObjectNode model = NODES.objectNode();
        model.put("code", modelCode(row.get("code")));
        model.put("family_variant", row.get("family_variant"));
        model.set("categories", codes(row.get("categories")));
        model.set("values", values(row));
        return model;
    }

    /**
     * The generator names models MODEL-000001, but the server takes only letters, digits and underscores in
     * product model codes (ProductModelWriteService uses the structure code rule; Akeneo only forbids commas,
     * semicolons and surrounding spaces there), so both the model and its variants' parent become MODEL_000001.
     */
    static String modelCode(String generated) {
        return generated.replace('-', '_');
    }

    private ObjectNode values(Map<String, String> row) {
        if (!sameHeader(row.keySet())) {
            header = List.copyOf(row.keySet());
            columns = parse(header);
        }
        ObjectNode values = NODES.objectNode();
        // the price columns of one attribute, locale and scope fill one value's list of prices
        Map<String, ArrayNode> prices = new HashMap<>();
        for (Column column : columns) {
            String cell = row.get(column.header());
            if (cell == null || cell.isEmpty() || "unit".equals(column.suffix())) {
                continue;
            }
            String type = column.attribute().type();
            if ("pim_catalog_price_collection".equals(type)) {
                String key = column.attribute().code() + '|' + column.locale() + '|' + column.scope();
                ArrayNode list = prices.get(key);
                if (list == null) {
                    list = NODES.arrayNode();
                    prices.put(key, list);
                    value(values, column).set("data", list);
                }
                list.addObject().put("amount", cell).put("currency", column.suffix());
            } else {
                data(value(values, column), column, cell, row);
            }
        }
        return values;
    }

    private static void data(ObjectNode value, Column column, String cell, Map<String, String> row) {
        switch (column.attribute().type()) {
            case "pim_catalog_multiselect" -> value.set("data", codes(cell));
            case "pim_catalog_boolean" -> value.put("data", "1".equals(cell));
            case "pim_catalog_number" -> value.put("data", new BigDecimal(cell));
            case "pim_catalog_metric" -> value.putObject("data").put("amount", cell)
                    .put("unit", row.getOrDefault(column.header() + "-unit", ""));
            default -> value.put("data", cell);
        }
    }

    private static ObjectNode value(ObjectNode values, Column column) {
        ArrayNode list = values.has(column.attribute().code())
                ? (ArrayNode) values.get(column.attribute().code())
                : values.putArray(column.attribute().code());
        ObjectNode value = list.addObject();
        value.put("locale", column.locale());
        value.put("scope", column.scope());
        return value;
    }

    /** Cheaper than copying the keys of every row: the rows of one file all have the same header. */
    private boolean sameHeader(Collection<String> keys) {
        if (keys.size() != header.size()) {
            return false;
        }
        Iterator<String> given = keys.iterator();
        for (String known : header) {
            if (!known.equals(given.next())) {
                return false;
            }
        }
        return true;
    }

    /** Header parts: attribute, then locale if localizable, scope if scopable, then currency or "unit". */
    private List<Column> parse(Iterable<String> headers) {
        List<Column> parsed = new ArrayList<>();
        for (String header : headers) {
            String[] parts = header.split("-");
            AttributeSpec spec = attributes.get(parts[0]);
            if (spec == null || "pim_catalog_identifier".equals(spec.type())) {
                continue; // a top-level property (family, parent, categories...) or the identifier
            }
            int next = 1;
            String locale = spec.localizable() && parts.length > next ? parts[next++] : null;
            String scope = spec.scopable() && parts.length > next ? parts[next++] : null;
            String suffix = parts.length > next ? parts[next] : null;
            parsed.add(new Column(header, spec, locale, scope, suffix));
        }
        return parsed;
    }

    private static ArrayNode codes(String cell) {
        ArrayNode codes = NODES.arrayNode();
        CsvRows.list(cell).forEach(codes::add);
        return codes;
    }
}
