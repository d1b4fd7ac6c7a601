package io.omnipim.catalog.read;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.ProductRow;
import io.omnipim.catalog.product.filter.SqlFilter;

/**
 * One page of selected products with the models they inherit from, in one query (the selection's own joins to the
 * parent and grandparent models), their values parsed into a {@link ValueSubset} only. A connector run used to
 * select a page of uuids, read those products, then their models, and parse every value of all of them.
 */
final class SubsetScan {

    private static final String PRODUCT = "p.uuid, p.identifier, p.enabled, p.family, p.parent, p.categories,"
            + " p.groups, %2$s, p.created, p.updated, p.version";
    private static final String MODEL = "%1$s.code, %1$s.family, %1$s.family_variant, %1$s.parent, %1$s.categories,"
            + " %2$s, %1$s.created, %1$s.updated, %1$s.version";
    private static final int PRODUCT_COLUMNS = 11;
    private static final int MODEL_COLUMNS = 9;
    /** Associations: documents carry none. */
    private static final ObjectNode NONE = JsonNodeFactory.instance.objectNode();

    private final SubsetValues values;
    private final ReadStructure structure;
    /** The models of this page by code: variants of one model in one page parse its values once. */
    private final Map<String, ProductModelRow> models = new HashMap<>();

    SubsetScan(SubsetValues values, ReadStructure structure) {
        this.values = values;
        this.structure = structure;
    }

    /**
     * The SQL of a page: {@code from} is the selection's FROM with its joins to {@code m1} and {@code m2}. Its
     * parameters: the filter's, then the uuid to start after.
     */
    static String sql(String from, SqlFilter filter, int size) {
        return "SELECT " + PRODUCT.formatted("p", "p.raw_values::text") + ", "
                + MODEL.formatted("m1", "m1.raw_values::text") + ", " + MODEL.formatted("m2", "m2.raw_values::text")
                + " FROM " + from + " WHERE " + (filter.isEmpty() ? "" : filter.where() + " AND ")
                + "p.uuid > ? ORDER BY p.uuid LIMIT " + size;
    }

    List<IndexDocument> read(PreparedStatement ps) throws SQLException {
        List<IndexDocument> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ProductRow row = new ProductRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), ProductRepository.strings(rs.getArray(6)),
                        ProductRepository.strings(rs.getArray(7)), values.parse(rs.getBytes(8)), NONE, NONE,
                        rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class),
                        rs.getLong(11));
                List<ProductModelRow> lineage = new ArrayList<>(2);
                // the parent, then its own parent: two levels of models at most, as the selection joins them
                for (int at = PRODUCT_COLUMNS; at < PRODUCT_COLUMNS + 2 * MODEL_COLUMNS; at += MODEL_COLUMNS) {
                    ProductModelRow model = model(rs, at);
                    if (model == null) {
                        break;
                    }
                    lineage.add(model);
                }
                out.add(DocumentAssembler.product(row, lineage, List.of(), false, structure));
            }
        }
        return out;
    }

    /** The model whose columns start after {@code before}, or null when the join found none. */
    private ProductModelRow model(ResultSet rs, int before) throws SQLException {
        String code = rs.getString(before + 1);
        if (code == null) {
            return null;
        }
        ProductModelRow known = models.get(code);
        if (known != null) {
            return known;
        }
        ProductModelRow model = new ProductModelRow(code, rs.getString(before + 2), rs.getString(before + 3),
                rs.getString(before + 4), ProductRepository.strings(rs.getArray(before + 5)),
                values.parse(rs.getBytes(before + 6)), NONE, NONE,
                rs.getObject(before + 7, OffsetDateTime.class), rs.getObject(before + 8, OffsetDateTime.class),
                rs.getLong(before + 9));
        models.put(code, model);
        return model;
    }
}
