package io.omnipim.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.db.CopyRows;

/**
 * Writes change events in the caller's transaction (the connection of the current JTA transaction), so an event
 * exists exactly when its change was committed. Consumers follow with {@link OutboxReader}.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public Outbox(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** One event; {@code change} is any JSON-serialisable description of what changed. */
    public void record(String aggregateType, String aggregateId, long version, Object change) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO outbox (aggregate_type, aggregate_id, version, change) VALUES (?, ?, ?, ?::jsonb)")) {
            bind(ps, new OutboxEvent(aggregateType, aggregateId, version, change));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the outbox event", e);
        }
    }

    /** Many events in one round trip, on a connection the caller holds (bulk writes). */
    public void recordAll(Connection c, Iterable<OutboxEvent> events) throws SQLException {
        // a COPY keeps the events in the order given (ids follow it), like the batched INSERT it replaces
        try (CopyRows rows = new CopyRows(c, "outbox (aggregate_type, aggregate_id, version, change)")) {
            for (OutboxEvent e : events) {
                rows.text(e.aggregateType()).text(e.aggregateId()).int8(e.version());
                (e.change() == null ? rows.sqlNull() : rows.jsonb(json, e.change())).end();
            }
            rows.copy();
        }
    }

    private void bind(PreparedStatement ps, OutboxEvent e) throws SQLException {
        ps.setString(1, e.aggregateType());
        ps.setString(2, e.aggregateId());
        ps.setLong(3, e.version());
        ps.setString(4, changeJson(e));
    }

    private String changeJson(OutboxEvent e) {
        try {
            return e.change() == null ? null : json.writeValueAsString(e.change());
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("change is not serialisable", ex);
        }
    }

    /** An event to write. */
    public record OutboxEvent(String aggregateType, String aggregateId, long version, Object change) {
    }
}
