package io.omnipim.syndication.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The persisted webhook batches: queued before the first attempt, so retries survive a restart. */
@ApplicationScoped
public class OutgoingRepository {

    private static final String COLUMNS = "id, connector, batch_id, body, items::text, item_count, attempts,"
            + " next_attempt_at, last_error, status, created_at";

    private final AgroalDataSource dataSource;

    public OutgoingRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(String connector, String batchId, String body, String itemsJson, int itemCount) {
        update("INSERT INTO syndication_outgoing (connector, batch_id, body, items, item_count)"
                + " VALUES (?, ?, ?, ?::jsonb, ?)", connector, batchId, body, itemsJson, itemCount);
    }

    /** The connectors with pending batches. */
    public List<String> connectorsWithPending() {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT connector FROM syndication_outgoing WHERE status = 'pending'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook batches not read: " + e.getMessage(), e);
        }
    }

    /** The oldest pending batch of the connector (batches are delivered in order), or null. */
    public OutgoingBatch oldestPending(String connector) {
        List<OutgoingBatch> found = query("SELECT " + COLUMNS + " FROM syndication_outgoing WHERE connector = ?"
                + " AND status = 'pending' ORDER BY id LIMIT 1", connector, null, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    public void delivered(long id) {
        update("UPDATE syndication_outgoing SET status = 'delivered', attempts = attempts + 1, last_error = NULL,"
                + " updated_at = now() WHERE id = ?", id);
    }

    public void failed(long id, String error, OffsetDateTime next, boolean dead) {
        update("UPDATE syndication_outgoing SET status = ?, attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = ?, updated_at = now() WHERE id = ?", dead ? "dead" : "pending", error, next, id);
    }

    /** Batches of the connector queued since {@code since}, by status. */
    public Map<String, Long> statusesSince(String connector, OffsetDateTime since) {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT status, count(*) FROM syndication_outgoing WHERE connector = ? AND created_at >= ?"
                                + " GROUP BY status")) {
            ps.setString(1, connector);
            ps.setObject(2, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook batches not read: " + e.getMessage(), e);
        }
    }

    /** The connector's dead letters, newest first (queued since {@code since} when given). */
    public List<OutgoingBatch> dead(String connector, OffsetDateTime since, int limit) {
        return query("SELECT " + COLUMNS + " FROM syndication_outgoing WHERE connector = ? AND status = 'dead'"
                + " AND created_at >= ? ORDER BY id DESC LIMIT ?", connector,
                since == null ? OffsetDateTime.parse("1970-01-01T00:00Z") : since, limit);
    }

    private List<OutgoingBatch> query(String sql, String connector, OffsetDateTime since, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, connector);
            if (since != null) {
                ps.setObject(2, since);
                ps.setInt(3, limit);
            }
            List<OutgoingBatch> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutgoingBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook batches not read: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook batch not saved: " + e.getMessage(), e);
        }
    }
}
