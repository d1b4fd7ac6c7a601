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

    private final ObjectMapper json;

    public HistoryRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An entry to write. {@code changes} null is a product's creation written without its changes: they are the
     * product's own content for as long as it stays at version 1, so they are read from the product row then, and
     * written into the entry ({@link #complete}) by the first update or the deletion of the product, before its row
     * changes. An import of a million new products writes no second copy of every value this way.
     */
    public record NewEntry(String entityType, String entityId, long version, String author, List<Change> changes) {

        public static NewEntry creation(String entityType, String entityId, String author) {
            return new NewEntry(entityType, entityId, 1, author, null);
        }
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
     * Writes the changes of creation entries written without them; entries that have theirs (written in full, or
     * completed before) are left as they are.
     */
    public void complete(Connection c, String entityType, List<Completion> completions) throws SQLException {
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
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE catalog_history h SET changes = w.changes::json
                FROM unnest(?::text[], ?::text[]) AS w(entity_id, changes)
                WHERE h.entity_type = ? AND h.entity_id = w.entity_id AND h.version = 1 AND h.changes IS NULL""")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setArray(2, c.createArrayOf("text", changes.toArray()));
            ps.setString(3, entityType);
            ps.executeUpdate();
        }
    }

    /** A page of an entity whose entries all hold their changes (product models). */
    public List<Entry> page(Connection c, String entityType, String entityId, int offset, int limit)
            throws SQLException {
        return page(c, entityType, entityId, offset, limit, List::of);
    }

    /**
     * A page of the entity's entries, newest first; {@code creation} gives the changes of a creation entry written
     * without them (the entity is still at version 1).
     */
    public List<Entry> page(Connection c, String entityType, String entityId, int offset, int limit,
            Supplier<List<Change>> creation) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, author, changed_at, version, changes::text"
                + " FROM catalog_history WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC OFFSET ? LIMIT ?")) {
            ps.setString(1, entityType);
            ps.setString(2, entityId);
            ps.setInt(3, offset);
            ps.setInt(4, limit);
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
