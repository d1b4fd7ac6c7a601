package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * A products or product models row to the PATCH body of {@code /products/{identifier}} or
 * {@code /product-models/{code}}, in Akeneo's standard format.
 */
final class ProductRowConverter implements FlatRowConverter {

    /** Body order; properties not in the file are not sent, so the product keeps them. */
    private static final List<String> ORDER = List.of("family", "family_variant", "parent", "categories", "enabled",
            "groups");

    private final FlatHeader header;
    private final boolean product;
    private final String identifier;
    private final CellFormats formats;
    private final Map<String, FlatColumn.Property> properties;
    private final ValueCells values;
    private final AssociationCells associations;
    private final boolean prepared;

    ProductRowConverter(FlatHeader header, CatalogStructure catalog, FlatOptions options) {
        this(header, catalog, options, false);
    }

    /** With {@code preparedValues}, a product's values come apart from the body (models keep them in it). */
    ProductRowConverter(FlatHeader header, CatalogStructure catalog, FlatOptions options, boolean preparedValues) {
        this.header = header;
        this.product = header.type() == FlatType.PRODUCT;
        this.prepared = preparedValues && product;
        this.identifier = catalog.identifierAttribute().code();
        this.formats = new CellFormats(options);
        this.properties = header.columns().stream().filter(c -> c instanceof FlatColumn.Property)
                .map(FlatColumn.Property.class::cast)
                .collect(Collectors.toMap(FlatColumn.Property::property, p -> p));
        List<FlatColumn.Value> valueColumns = new ArrayList<>();
        List<FlatColumn.Association> associationColumns = new ArrayList<>();
        for (FlatColumn c : header.columns()) {
            if (c instanceof FlatColumn.Value v && v.attribute().attributeType() != AttributeType.IDENTIFIER) {
                valueColumns.add(v);
            } else if (c instanceof FlatColumn.Association a) {
                associationColumns.add(a);
            }
        }
        this.values = new ValueCells(valueColumns, formats);
        this.associations = new AssociationCells(associationColumns, formats);
    }

    @Override
    public Converted convert(List<String> cells) {
        List<CellError> sizeErrors = new ArrayList<>();
        Row row = Row.of(header, cells, sizeErrors);
        if (row == null) {
            return new Converted(JsonNodeFactory.instance.objectNode(), null, sizeErrors);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String key = key(row, body);
        for (String property : ORDER) {
            Optional.ofNullable(properties.get(property)).ifPresent(column -> property(row, column, body));
        }
        // a product's identifier is one of its values too; a model's code is not
        PreparedValues list = values.prepared(row, identifier, product ? key : null);
        if (!prepared) {
            ObjectNode valueNodes = list.toApi();
            if (!valueNodes.isEmpty()) {
                body.set("values", valueNodes);
            }
        }
        associations.write(row, body);
        return new Converted(body, key, row.errors(), prepared ? list : null);
    }

    /** The identifier of a product, the code of a model: required, spaces around it dropped. */
    private String key(Row row, ObjectNode body) {
        FlatColumn column = header.column(product ? identifier : "code").orElseThrow();
        String key = FlatText.key(row.cell(column));
        if (key.isEmpty()) {
            row.error(column, product ? "identifier" : "code", product
                    ? "the " + identifier + " is empty: every product needs one"
                    : "the code is empty: every product model needs one");
            return null;
        }
        body.put(product ? "identifier" : "code", key);
        return key;
    }

    /**
     * Empty cells: categories and groups become empty lists and a product's family is removed, as in Akeneo; an empty
     * enabled, parent or family variant leaves the product as it is (emptying them is not an edit Akeneo's files
     * make).
     */
    private void property(Row row, FlatColumn.Property column, ObjectNode body) {
        String name = column.property();
        String cell = row.cell(column).strip();
        if ("categories".equals(name) || "groups".equals(name)) {
            ArrayNode list = body.putArray(name);
            formats.list(cell).forEach(list::add);
        } else if ("enabled".equals(name)) {
            if (!cell.isEmpty()) {
                Boolean enabled = row.read(column, name, CellFormats::bool);
                if (enabled != null) {
                    body.put(name, enabled);
                }
            }
        } else if (!cell.isEmpty()) {
            body.put(name, cell);
        } else if ("family".equals(name) && product) {
            body.putNull(name);
        }
    }
}
