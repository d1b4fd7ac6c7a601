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
 * parent and grandparent models), their values to be parsed into a {@link ValueSubset} only, by whoever uses each
 * document. A connector run used to select a page of uuids, read those products, then their models, and parse every
 * value of all of them, on its one reading thread.
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
    /** The models of this page by code, read once for all their variants in the page. */
    private final Map<String, Stored> models = new HashMap<>();

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

    /** The page's documents, their values still as stored: see {@link StoredDocument}. */
    List<StoredDocument> read(PreparedStatement ps) throws SQLException {
        List<StoredDocument> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID uuid = rs.getObject(1, UUID.class);
                ProductRow row = new ProductRow(uuid, rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), ProductRepository.strings(rs.getArray(6)),
                        ProductRepository.strings(rs.getArray(7)), NONE, NONE, NONE,
                        rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class),
                        rs.getLong(11));
                byte[] own = rs.getBytes(8);
                List<Stored> lineage = new ArrayList<>(2);
                // the parent, then its own parent: two levels of models at most, as the selection joins them
                for (int at = PRODUCT_COLUMNS; at < PRODUCT_COLUMNS + 2 * MODEL_COLUMNS; at += MODEL_COLUMNS) {
                    Stored model = model(rs, at);
                    if (model == null) {
                        break;
                    }
                    lineage.add(model);
                }
                out.add(new StoredDocument(uuid, () -> document(row, own, lineage)));
            }
        }
        return out;
    }

    /** A model as read, its values not parsed yet. */
    private record Stored(ProductModelRow row, byte[] values) {
    }

    private IndexDocument document(ProductRow row, byte[] own, List<Stored> stored) {
        List<ProductModelRow> lineage = new ArrayList<>(stored.size());
        for (Stored s : stored) {
            ProductModelRow m = s.row();
            lineage.add(new ProductModelRow(m.code(), m.family(), m.familyVariant(), m.parent(), m.categories(),
                    values.parse(s.values()), NONE, NONE, m.created(), m.updated(), m.version()));
        }
        ProductRow parsed = new ProductRow(row.uuid(), row.identifier(), row.enabled(), row.family(), row.parent(),
                row.categories(), row.groups(), values.parse(own), NONE, NONE, row.created(), row.updated(),
                row.version());
        return DocumentAssembler.product(parsed, lineage, List.of(), false, structure);
    }

    /** The model whose columns start after {@code before}, or null when the join found none. */
    private Stored model(ResultSet rs, int before) throws SQLException {
        String code = rs.getString(before + 1);
        if (code == null) {
            return null;
        }
        return models.computeIfAbsent(code, c -> {
            try {
                return new Stored(new ProductModelRow(c, rs.getString(before + 2), rs.getString(before + 3),
                        rs.getString(before + 4), ProductRepository.strings(rs.getArray(before + 5)), NONE, NONE,
                        NONE, rs.getObject(before + 7, OffsetDateTime.class),
                        rs.getObject(before + 8, OffsetDateTime.class), rs.getLong(before + 9)),
                        rs.getBytes(before + 6));
            } catch (SQLException e) {
                throw new IllegalStateException("selection query failed: " + e.getMessage(), e);
            }
        });
    }
}
