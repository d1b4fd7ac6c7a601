package io.omnipim.catalog.product.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.db.CopyRows;

/** The history table: one row per change of a product or model, newest first when read. */
@ApplicationScoped
public class HistoryRepository {

    private final ObjectMapper json;

    public HistoryRepository(ObjectMapper json) {
        this.json = json;
    }

    /** An entry to write. */
    public record NewEntry(String entityType, String entityId, long version, String author, List<Change> changes) {
    }

    /** An entry as the API shows it. */
    public record Entry(long id, String author, OffsetDateTime loggedAt, long version, List<Change> changes) {
    }

    public void insert(Connection c, List<NewEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        // one COPY per batch: an import writes a thousand entries at a time, each as large as the product
        CopyRows rows = new CopyRows("catalog_history (entity_type, entity_id, version, author, changes)");
        for (NewEntry e : entries) {
            rows.text(e.entityType()).text(e.entityId()).plain(e.version()).text(e.author()).json(json, e.changes())
                    .end();
        }
        rows.copy(c);
    }

    public List<Entry> page(Connection c, String entityType, String entityId, int offset, int limit)
            throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, author, changed_at, version, changes::text"
                + " FROM catalog_history WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC OFFSET ? LIMIT ?")) {
            ps.setString(1, entityType);
            ps.setString(2, entityId);
            ps.setInt(3, offset);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getLong(4), json.readValue(rs.getString(5), new TypeReference<List<Change>>() {
                            })));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
