package io.omnipim.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;

/**
 * Reads the outbox for one consumer, in commit-safe order: only events of transactions older than every
 * transaction still running ({@code pg_snapshot_xmin}), so an event that commits late is never skipped. Delivery
 * is at least once: a consumer acknowledges after handling, and must be idempotent.
 * <p>
 * A row holding a batch of events ({@link Outbox#recordBatch}) is read as its events, in order, each with the
 * row's id and xid: acknowledging any of them passes the whole row, so a batch always comes whole, and may take a
 * read past its {@code limit}.
 */
@ApplicationScoped
public class OutboxReader {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public OutboxReader(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * The next events after the consumer's cursor: at most {@code limit}, or more when the last row read is a
     * batch. The cursor is read first and compared as a row value, so the (xid, id) index is walked from the cursor
     * rather than scanned.
     */
    public List<StoredEvent> next(String consumer, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureCursor(c, consumer);
            String[] cursor = cursor(c, consumer);
            return after(c, cursor[0], Long.parseLong(cursor[1]), limit);
        }
    }

    /**
     * The events after {@code last}, at most {@code limit}, whatever the consumer's cursor says: a consumer reads
     * its next batch with this while it still handles (and has not yet acknowledged) the one before.
     */
    public List<StoredEvent> nextAfter(StoredEvent last, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return after(c, last.xid(), last.id(), limit);
        }
    }

    private List<StoredEvent> after(Connection c, String xid, long id, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.id, o.xid::text, o.aggregate_type, o.aggregate_id, o.version, o.change::text, o.created_at
                FROM outbox o
                WHERE (o.xid, o.id) > (?::xid8, ?)
                  AND o.xid < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY o.xid, o.id
                LIMIT ?""")) {
            ps.setString(1, xid);
            ps.setLong(2, id);
            ps.setInt(3, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (events.size() < limit && rs.next()) {
                    StoredEvent row = new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
                    if (Outbox.BATCH.equals(row.aggregateId())) {
                        expand(row, events);
                    } else {
                        events.add(row);
                    }
                }
            }
            return events;
        }
    }

    /** A batch row's events, each change being the batch's action plus the event's own fields. */
    private void expand(StoredEvent batch, List<StoredEvent> events) {
        JsonNode change = read(batch.changeJson());
        JsonNode action = change.path("action");
        for (JsonNode item : change.path("events")) {
            ObjectNode own = (ObjectNode) item;
            String aggregateId = own.remove("id").asText();
            long version = own.remove("version").asLong();
            own.set("action", action);
            events.add(new StoredEvent(batch.id(), batch.xid(), batch.aggregateType(), aggregateId, version,
                    own.toString(), batch.createdAt()));
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox batch " + text.substring(0, Math.min(80, text.length()))
                    + " is not readable", e);
        }
    }

    private static String[] cursor(Connection c, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_xid::text, last_id FROM outbox_cursor WHERE consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[]{rs.getString(1), Long.toString(rs.getLong(2))};
            }
        }
    }

    /**
     * Moves the consumer's cursor past every event it could read now, without reading them: for a consumer that
     * has nothing to do with them (no connector listening). Reading an import's events only to acknowledge them cost
     * the database and the server a query of 2,000 rows a second, each event's JSON parsed.
     */
    public void skipAll(String consumer) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureCursor(c, consumer);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE outbox_cursor k SET last_xid = l.xid, last_id = l.id, updated_at = now()
                    FROM (SELECT o.xid, o.id FROM outbox o
                          WHERE o.xid < pg_snapshot_xmin(pg_current_snapshot())
                          ORDER BY o.xid DESC, o.id DESC LIMIT 1) l
                    WHERE k.consumer = ? AND (l.xid, l.id) > (k.last_xid, k.last_id)""")) {
                ps.setString(1, consumer);
                ps.executeUpdate();
            }
        }
    }

    /** Moves the consumer's cursor past {@code last}. */
    public void acknowledge(String consumer, StoredEvent last) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE outbox_cursor SET last_xid = ?::xid8, last_id = ?, updated_at = now() WHERE consumer = ?")) {
            ps.setString(1, last.xid());
            ps.setLong(2, last.id());
            ps.setString(3, consumer);
            ps.executeUpdate();
        }
    }

    /**
     * About how many events wait for this consumer (its lag): the distance between the newest event id and the
     * cursor. Ids are nearly in commit order, and this reads two index ends instead of counting rows. Nearly: a
     * consumer follows transaction order, in which the last event need not have the largest id (two transactions
     * writing at once), so the distance says 0 exactly when no event follows the cursor, and at least 1 otherwise.
     */
    public long pending(String consumer) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureCursor(c, consumer);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE (o.xid, o.id) > (k.last_xid, k.last_id))
                      THEN greatest(1, coalesce((SELECT max(id) FROM outbox), 0) - k.last_id) ELSE 0 END
                    FROM outbox_cursor k WHERE k.consumer = ?""")) {
                ps.setString(1, consumer);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /**
     * How far behind this consumer is in time: the age in seconds of the oldest event it has not handled yet (0
     * when it is up to date). Reads the first index entry after the cursor.
     */
    public long secondsBehind(String consumer) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureCursor(c, consumer);
            String[] cursor = cursor(c, consumer);
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT coalesce(floor(extract(epoch FROM now() - (
                        SELECT o.created_at FROM outbox o WHERE (o.xid, o.id) > (?::xid8, ?)
                        ORDER BY o.xid, o.id LIMIT 1))), 0)::bigint""")) {
                ps.setString(1, cursor[0]);
                ps.setLong(2, Long.parseLong(cursor[1]));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Math.max(0, rs.getLong(1));
                }
            }
        }
    }

    /** Deletes events every registered consumer has passed. */
    public int purgeConsumed() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        """
                                DELETE FROM outbox o WHERE EXISTS (SELECT 1 FROM outbox_cursor)
                                  AND NOT EXISTS (SELECT 1 FROM outbox_cursor k WHERE (o.xid, o.id) > (k.last_xid, k.last_id))""")) {
            return ps.executeUpdate();
        }
    }

    private static void ensureCursor(Connection c, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_cursor (consumer) VALUES (?) ON CONFLICT (consumer) DO NOTHING")) {
            ps.setString(1, consumer);
            ps.executeUpdate();
        }
    }

    /** An event as stored. */
    public record StoredEvent(long id, String xid, String aggregateType, String aggregateId, long version,
            String changeJson, OffsetDateTime createdAt) {
    }
}
