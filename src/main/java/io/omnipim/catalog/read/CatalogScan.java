package io.omnipim.catalog.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.ProductRow;

/** The SQL of full scans, descendants and fingerprints: read-only, keyset-paged, on the caller's connection. */
final class CatalogScan {

    /** The consumer name of the catalog's own completeness recomputer (CompletenessRecomputer.CONSUMER). */
    static final String COMPLETENESS_CONSUMER = "completeness";

    private CatalogScan() {
    }

    /** The next {@code size} product uuids after {@code after}, from the primary key alone. */
    static List<UUID> productUuidsAfter(Connection c, UUID after, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT uuid FROM product WHERE uuid > ? ORDER BY uuid LIMIT ?")) {
            ps.setObject(1, after == null ? new UUID(0, 0) : after);
            ps.setInt(2, size);
            List<UUID> out = new ArrayList<>(size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    /** Products with {@code after < uuid <= last} ({@code after} null: from the start). */
    static List<ProductRow> productsBetween(Connection c, ProductRepository products, UUID after, UUID last)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ProductRepository.COLUMNS + " FROM product p"
                + " WHERE p.uuid > ? AND p.uuid <= ? ORDER BY p.uuid")) {
            ps.setObject(1, after == null ? new UUID(0, 0) : after);
            ps.setObject(2, last);
            return products.readAll(ps);
        }
    }

    static List<String> modelCodesAfter(Connection c, String after, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code FROM product_model WHERE code > ? ORDER BY code LIMIT ?")) {
            ps.setString(1, after == null ? "" : after);
            ps.setInt(2, size);
            return strings(ps);
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> childModels(Connection c, List<String> parents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code FROM product_model WHERE parent = ANY(?) ORDER BY code")) {
            ps.setArray(1, c.createArrayOf("text", parents.toArray()));
            return strings(ps);
        }
    }

    static List<UUID> variantProducts(Connection c, List<String> parents) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c
                .prepareStatement("SELECT uuid FROM product WHERE parent = ANY(?) ORDER BY uuid")) {
            ps.setArray(1, c.createArrayOf("text", parents.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** uuid → fingerprint of the products whose uuid starts with this hex digit. */
    static Map<String, String> productFingerprints(Connection c, char bucket) throws SQLException {
        String from = bucket + "0000000-0000-0000-0000-000000000000";
        String to = bucket + "fffffff-ffff-ffff-ffff-ffffffffffff";
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.uuid, p.version, m1.version, m2.version, coalesce(cs.ratio_sum, 0)
                FROM product p
                LEFT JOIN product_model m1 ON m1.code = p.parent
                LEFT JOIN product_model m2 ON m2.code = m1.parent
                LEFT JOIN completeness cs ON cs.product_uuid = p.uuid
                WHERE p.uuid BETWEEN ?::uuid AND ?::uuid
                ORDER BY p.uuid""")) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1),
                            Fingerprint.of(rs.getLong(2), Arrays.asList(nullable(rs, 3), nullable(rs, 4)),
                                    rs.getInt(5)));
                }
            }
        }
        return out;
    }

    static Map<String, String> modelFingerprints(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.code, m.version, p.version FROM product_model m
                LEFT JOIN product_model p ON p.code = m.parent ORDER BY m.code""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), Fingerprint.of(rs.getLong(2), Arrays.asList(nullable(rs, 3)), null));
            }
        }
        return out;
    }

    /** Whether the completeness recomputer has handled the outbox event at (xid, id). */
    static boolean completenessSettled(Connection c, String xid, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT 1 FROM outbox_cursor WHERE consumer = ?
                  AND (last_xid > ?::xid8 OR (last_xid = ?::xid8 AND last_id >= ?))""")) {
            ps.setString(1, COMPLETENESS_CONSUMER);
            ps.setString(2, xid);
            ps.setString(3, xid);
            ps.setLong(4, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
