package io.omnipim.syndication.core.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.syndication.core.ItemIssue;

/** The syndication state table: batched upserts, lookups by product, keyset scans per connector. */
@ApplicationScoped
public class SyndicationStateRepository {

    private static final String COLUMNS = "connector, product_uuid, identifier, payload_hash, payload::text,"
            + " delivered_at, status, issues::text";
    private static final TypeReference<List<ItemIssue>> ISSUES = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public SyndicationStateRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Inserts or replaces each state, in one batch. */
    public void save(List<SyndicationState> states) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO syndication_state (connector, product_uuid, identifier, payload_hash, payload,
                  delivered_at, status, issues, updated_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, now())
                ON CONFLICT (connector, product_uuid) DO UPDATE SET identifier = excluded.identifier,
                  payload_hash = excluded.payload_hash, payload = excluded.payload,
                  delivered_at = excluded.delivered_at, status = excluded.status, issues = excluded.issues,
                  updated_at = now()""")) {
            for (SyndicationState s : states) {
                ps.setString(1, s.connector());
                ps.setObject(2, s.productUuid());
                ps.setString(3, s.identifier());
                ps.setString(4, s.payloadHash());
                ps.setString(5, s.payload() == null ? null : s.payload().toString());
                ps.setObject(6, s.deliveredAt());
                ps.setString(7, s.status());
                ps.setString(8, json.writeValueAsString(s.issues()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("syndication state not saved: " + e.getMessage(), e);
        }
    }

    /** The states of these products for the connector (products never handled are absent). */
    public Map<UUID, SyndicationState> byProducts(String connector, Collection<UUID> products) {
        Map<UUID, SyndicationState> out = new LinkedHashMap<>();
        query("SELECT " + COLUMNS + " FROM syndication_state WHERE connector = ? AND product_uuid = ANY(?)",
                connector, products.toArray(new UUID[0]), null, 0).forEach(s -> out.put(s.productUuid(), s));
        return out;
    }

    /**
     * The states of these products without their payloads (null): what a run compares (hash, status), read without
     * parsing a kilobyte of JSON per product.
     */
    public Map<UUID, SyndicationState> summaries(String connector, Collection<UUID> products) {
        Map<UUID, SyndicationState> out = new LinkedHashMap<>();
        query("SELECT " + COLUMNS.replace("payload::text", "NULL::text") + " FROM syndication_state WHERE connector = ?"
                + " AND product_uuid = ANY(?)", connector, products.toArray(new UUID[0]), null, 0)
                .forEach(s -> out.put(s.productUuid(), s));
        return out;
    }

    /** One page of the connector's states in product order, after {@code after} (null: from the start). */
    public List<SyndicationState> after(String connector, UUID after, int size) {
        return query("SELECT " + COLUMNS + " FROM syndication_state WHERE connector = ? AND product_uuid > ?"
                + " ORDER BY product_uuid LIMIT ?", connector, null, after == null ? new UUID(0, 0) : after, size);
    }

    public int delete(String connector, Collection<UUID> products) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM syndication_state WHERE connector = ? AND product_uuid = ANY(?)")) {
            ps.setString(1, connector);
            ps.setArray(2, c.createArrayOf("uuid", products.toArray()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("syndication state not deleted: " + e.getMessage(), e);
        }
    }

    private List<SyndicationState> query(String sql, String connector, UUID[] uuids, UUID after, int size) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, connector);
            if (uuids != null) {
                ps.setArray(2, c.createArrayOf("uuid", uuids));
            } else {
                ps.setObject(2, after);
                ps.setInt(3, size);
            }
            List<SyndicationState> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String payload = rs.getString(5);
                    out.add(new SyndicationState(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), payload == null ? null : json.readTree(payload),
                            rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                            json.readValue(rs.getString(8), ISSUES)));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("syndication state not read: " + e.getMessage(), e);
        }
    }
}
