package io.omnipim.catalog.product.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.db.CopyRows;

/** The history table: one row per change of a product or model, newest first when read. */
@ApplicationScoped
public class HistoryRepository {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    /** A product at version 1 without its creation entry: the entry as read from its row (uuid given twice). */
    private static final String CREATION_FROM_ROW = """
            UNION ALL SELECT 0, coalesce(p.created_by, ''), p.created, 1, NULL FROM product p
            WHERE p.uuid = ?::uuid AND p.version = 1 AND NOT EXISTS (SELECT 1 FROM catalog_history h
                WHERE h.entity_type = 'product' AND h.entity_id = ? AND h.version = 1)""";

    private final ObjectMapper json;

    public HistoryRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An entry to write. A product's creation has none: while the product stays at version 1 its creation is read
     * from its row (who created it, when, its content), and {@link #complete} writes the entry, before the row
     * changes, by the product's first update or its deletion. An import of a million new products writes neither
     * a second copy of every value nor a million entries (their rows and index entries were some 7 % of
     * PostgreSQL's time for the import). Entries written by earlier releases hold their creation with its changes
     * NULL; {@link #complete} fills those in.
     */
    public record NewEntry(String entityType, String entityId, long version, String author, List<Change> changes) {
    }

    /** The changes of a creation entry written without them, filled in before the entity's first change. */
    public record Completion(String entityId, List<Change> changes) {
    }

    /** An entry as the API shows it. */
    public record Entry(long id, String author, OffsetDateTime loggedAt, long version, List<Change> changes) {
    }

    public void insert(Connection c, List<NewEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        // one COPY per batch: an import writes a thousand entries at a time, each as large as the product
        try (CopyRows rows = new CopyRows(c, "catalog_history (entity_type, entity_id, version, author, changes)")) {
            for (NewEntry e : entries) {
                rows.text(e.entityType()).text(e.entityId()).int8(e.version()).text(e.author());
                (e.changes() == null ? rows.sqlNull() : rows.json(json, e.changes())).end();
            }
            rows.copy();
        }
    }

    /**
     * Writes the creation entries of products about to change for the first time: from the product row (author,
     * time) with the given changes, or into the entry an earlier release wrote without its changes. Entries written
     * in full are left as they are. Called while the product rows are still at version 1.
     */
    public void complete(Connection c, List<Completion> completions) throws SQLException {
        if (completions.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(completions.size());
        List<String> changes = new ArrayList<>(completions.size());
        try {
            for (Completion done : completions) {
                ids.add(done.entityId());
                changes.add(json.writeValueAsString(done.changes()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the INSERT sees the entries as they were before the UPDATE: an entry to fill is never written twice
        try (PreparedStatement ps = c.prepareStatement("""
                WITH w AS (SELECT * FROM unnest(?::text[], ?::text[]) AS w(entity_id, changes)),
                filled AS (UPDATE catalog_history h SET changes = w.changes::json FROM w
                           WHERE h.entity_type = 'product' AND h.entity_id = w.entity_id AND h.version = 1
                             AND h.changes IS NULL)
                INSERT INTO catalog_history (entity_type, entity_id, version, author, changed_at, changes)
                SELECT 'product', w.entity_id, 1, coalesce(p.created_by, ''), p.created, w.changes::json
                FROM w JOIN product p ON p.uuid = w.entity_id::uuid
                WHERE NOT EXISTS (SELECT 1 FROM catalog_history h WHERE h.entity_type = 'product'
                                    AND h.entity_id = w.entity_id AND h.version = 1)""")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setArray(2, c.createArrayOf("text", changes.toArray()));
            ps.executeUpdate();
        }
    }

    /** A page of an entity whose entries all hold their changes (product models). */
    public List<Entry> page(Connection c, String entityType, String entityId, int offset, int limit)
            throws SQLException {
        return page(c, entityType, entityId, offset, limit, List::of);
    }

    /**
     * A page of the entity's entries, newest first; {@code creation} gives the changes of a product's creation read
     * from its row (no entry yet, or one an earlier release wrote without them), shown with id 0 and the row's
     * author and time while the product is at version 1.
     */
    public List<Entry> page(Connection c, String entityType, String entityId, int offset, int limit,
            Supplier<List<Change>> creation) throws SQLException {
        boolean product = "product".equals(entityType);
        String sql = "SELECT id, author, changed_at, version, changes::text FROM catalog_history"
                + " WHERE entity_type = ? AND entity_id = ?" + (product ? " " + CREATION_FROM_ROW : "")
                + " ORDER BY 1 DESC OFFSET ? LIMIT ?";
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, entityType);
            ps.setString(i++, entityId);
            if (product) {
                ps.setString(i++, entityId);
                ps.setString(i++, entityId);
            }
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String changes = rs.getString(5);
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getLong(4), changes == null ? creation.get() : json.readValue(changes, CHANGES)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
