package io.omnipim.catalog.product;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.Identifiers;
import io.omnipim.platform.db.CopyRows;

/**
 * Products in PostgreSQL through plain JDBC: the write path is batched (one statement per batch, not per row),
 * which is what makes bulk writes fast. Callers pass the connection of their transaction.
 */
@ApplicationScoped
public class ProductRepository {

    public static final String COLUMNS = "p.uuid, p.identifier, p.enabled, p.family, p.parent, p.categories, p.groups,"
            + " p.raw_values::text, p.associations::text, p.quantified_associations::text, p.created, p.updated,"
            + " p.version";

    /**
     * {@code lower(column)} + this matches any of an array of identifiers in any case; the database lowers both
     * sides (one initplan for the array), so the {@code lower(identifier)} index serves it.
     */
    public static final String IN_ANY_CASE = " = ANY(ARRAY(SELECT lower(k) FROM unnest(?::text[]) k))";

    private final ObjectMapper json;

    public ProductRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<ProductRow> byIdentifier(Connection c, String identifier, boolean forUpdate) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM product p WHERE lower(p.identifier) = lower(?)"
                + (forUpdate ? " FOR UPDATE" : ""), identifier);
    }

    public Optional<ProductRow> byUuid(Connection c, UUID uuid, boolean forUpdate) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM product p WHERE p.uuid = ?" + (forUpdate ? " FOR UPDATE" : ""),
                uuid);
    }

    /** Many products by identifier (any case), locked for update, in one query; keyed by {@link Identifiers#key}. */
    public Map<String, ProductRow> byIdentifiers(Connection c, Collection<String> identifiers) throws SQLException {
        Map<String, ProductRow> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM product p WHERE lower(p.identifier)" + IN_ANY_CASE + " ORDER BY p.uuid FOR UPDATE")) {
            ps.setArray(1, c.createArrayOf("text", identifiers.toArray()));
            for (ProductRow row : read(ps)) {
                out.put(Identifiers.key(row.identifier()), row);
            }
        }
        return out;
    }

    public Map<UUID, ProductRow> byUuids(Connection c, Collection<UUID> uuids, boolean forUpdate) throws SQLException {
        Map<UUID, ProductRow> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM product p WHERE p.uuid = ANY(?)"
                + " ORDER BY p.uuid" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setArray(1, c.createArrayOf("uuid", uuids.toArray()));
            for (ProductRow row : read(ps)) {
                out.put(row.uuid(), row);
            }
        }
        return out;
    }

    /** Which of these identifiers exist in any case (for associations), as stored. */
    public List<String> existingIdentifiers(Connection c, Collection<String> identifiers) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c
                .prepareStatement("SELECT identifier FROM product WHERE lower(identifier)" + IN_ANY_CASE)) {
            ps.setArray(1, c.createArrayOf("text", identifiers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Inserts new products; {@code author} created them (kept on the row: the history shows their creation from it
     * until their first change writes the creation entry, see {@code HistoryRepository}).
     */
    public void insert(Connection c, List<ProductRow> rows, String author) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // a COPY: the new products of an import batch cost PostgreSQL no statement parsing or parameter binding
        try (CopyRows copy = new CopyRows(c, "product (uuid, identifier, enabled, family, parent, categories,"
                + " groups, raw_values, associations, quantified_associations, created, updated, version,"
                + " created_by)")) {
            for (ProductRow r : rows) {
                copy.uuid(r.uuid()).text(r.identifier()).bool(r.enabled()).text(r.family()).text(r.parent())
                        .textArray(r.categories()).textArray(r.groups()).jsonb(json, r.values())
                        .jsonb(json, r.associations()).jsonb(json, r.quantifiedAssociations())
                        .timestamp(r.created()).timestamp(r.updated()).int8(r.version()).text(author).end();
            }
            copy.copy();
        }
    }

    public void update(Connection c, List<ProductRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE product SET identifier = ?, enabled = ?, family = ?, parent = ?, categories = ?, groups = ?,
                  raw_values = ?::jsonb, associations = ?::jsonb, quantified_associations = ?::jsonb, updated = ?,
                  version = ?
                WHERE uuid = ?""")) {
            for (ProductRow r : rows) {
                bindContent(c, ps, r, 1);
                ps.setObject(10, r.updated());
                ps.setLong(11, r.version());
                ps.setObject(12, r.uuid());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void bindContent(Connection c, PreparedStatement ps, ProductRow r, int from) throws SQLException {
        ps.setString(from, r.identifier());
        ps.setBoolean(from + 1, r.enabled());
        if (r.family() == null) {
            ps.setNull(from + 2, Types.VARCHAR);
        } else {
            ps.setString(from + 2, r.family());
        }
        ps.setString(from + 3, r.parent());
        ps.setArray(from + 4, c.createArrayOf("text", r.categories().toArray()));
        ps.setArray(from + 5, c.createArrayOf("text", r.groups().toArray()));
        ps.setString(from + 6, write(r.values()));
        ps.setString(from + 7, write(r.associations()));
        ps.setString(from + 8, write(r.quantifiedAssociations()));
    }

    /**
     * Deletes the product and its completeness row. The completeness table has no foreign key to the product (the
     * key check of each row was a third of the time of their COPY in an import): this is the one place products are
     * deleted, so it removes it itself.
     */
    public boolean delete(Connection c, UUID uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM completeness WHERE product_uuid = ?")) {
            ps.setObject(1, uuid);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product WHERE uuid = ?")) {
            ps.setObject(1, uuid);
            return ps.executeUpdate() > 0;
        }
    }

    private Optional<ProductRow> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            return read(ps).stream().findFirst();
        }
    }

    /** Runs a query selecting {@link #COLUMNS}. */
    public List<ProductRow> readAll(PreparedStatement ps) throws SQLException {
        return read(ps);
    }

    List<ProductRow> read(PreparedStatement ps) throws SQLException {
        List<ProductRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    ProductRow map(ResultSet rs) throws SQLException {
        return new ProductRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                rs.getString(5), strings(rs.getArray(6)), strings(rs.getArray(7)), object(rs.getBytes(8)),
                object(rs.getBytes(9)), object(rs.getBytes(10)), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class), rs.getLong(13));
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    ObjectNode object(String text) {
        try {
            return text == null ? json.createObjectNode() : (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    /**
     * A {@code ::text} column's raw UTF-8 bytes, parsed without decoding them to a String first: reading a million
     * products for a feed spends much of its time here.
     */
    ObjectNode object(byte[] utf8) {
        try {
            boolean empty = utf8 == null || utf8.length == 2 && utf8[0] == '{' && utf8[1] == '}';
            // most products have no associations: "{}" needs no parser
            return empty ? json.createObjectNode() : (ObjectNode) json.readTree(utf8);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
