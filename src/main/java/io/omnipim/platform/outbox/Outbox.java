package io.omnipim.platform.outbox;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** The aggregate id of a row holding a batch of events ({@link #recordBatch}). */
    public static final String BATCH = "*";

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

    /**
     * Events of one aggregate type and action as one row, on a connection the caller holds: a bulk write's new
     * products. A row per event cost PostgreSQL a row and two index entries for each new product of an import (a
     * twelfth of its WAL). Readers get the events one by one ({@link OutboxReader}). The row takes the last of as
     * many ids as it holds events, so the distance between ids still counts events (a consumer's lag). A single
     * event is written as a plain one.
     */
    public void recordBatch(Connection c, String aggregateType, String action, List<BatchItem> items)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1) {
            BatchItem only = items.get(0);
            Map<String, String> change = new LinkedHashMap<>(only.fields());
            change.put("action", action);
            recordAll(c, List.of(new OutboxEvent(aggregateType, only.aggregateId(), only.version(), change)));
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outbox (id, aggregate_type, aggregate_id, version, change)
                SELECT max(nextval('outbox_id_seq')), ?, ?, ?, ?::jsonb FROM generate_series(1, ?)""")) {
            ps.setString(1, aggregateType);
            ps.setString(2, BATCH);
            ps.setLong(3, items.size());
            ps.setString(4, batchJson(action, items));
            ps.setInt(5, items.size());
            ps.executeUpdate();
        }
    }

    /** {"action": …, "events": [{"id": …, "version": …, the item's fields}, …]} */
    private String batchJson(String action, List<BatchItem> items) {
        StringWriter out = new StringWriter(items.size() * 96);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("action", action);
            g.writeArrayFieldStart("events");
            for (BatchItem item : items) {
                g.writeStartObject();
                g.writeStringField("id", item.aggregateId());
                g.writeNumberField("version", item.version());
                for (Map.Entry<String, String> field : item.fields().entrySet()) {
                    g.writeStringField(field.getKey(), field.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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

    /** One event of a batch: its change is the batch's action plus these fields (text values). */
    public record BatchItem(String aggregateId, long version, Map<String, String> fields) {
    }
}
