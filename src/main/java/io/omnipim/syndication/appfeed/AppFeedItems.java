package io.omnipim.syndication.appfeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Reads the app feed from the syndication state: the snapshot in product order (delivered products), the changes
 * in state sequence order (every update of a state row takes the next sequence number, V11).
 */
@ApplicationScoped
public class AppFeedItems {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public AppFeedItems(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public AppFeedPage snapshot(String connector, UUID after, int limit) {
        long since = latest(connector);
        List<AppFeedPage.Item> items = new ArrayList<>();
        String last = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT product_uuid, identifier, payload::text FROM syndication_state
                WHERE connector = ? AND status = 'delivered' AND product_uuid > ?
                ORDER BY product_uuid LIMIT ?""")) {
            ps.setString(1, connector);
            ps.setObject(2, after == null ? new UUID(0, 0) : after);
            ps.setInt(3, limit + 1);
            boolean more = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    last = rs.getString(1);
                    items.add(new AppFeedPage.Item(rs.getString(2), "upsert", json.readTree(rs.getString(3))));
                }
            }
            return new AppFeedPage(connector, items, more ? last : null, since, more);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("app feed not read: " + e.getMessage(), e);
        }
    }

    public AppFeedPage changes(String connector, long since, int limit) {
        List<AppFeedPage.Item> items = new ArrayList<>();
        long next = since;
        boolean more = false;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT seq, identifier, status, payload::text FROM syndication_state
                WHERE connector = ? AND seq > ? AND status IN ('delivered', 'removed')
                ORDER BY seq LIMIT ?""")) {
            ps.setString(1, connector);
            ps.setLong(2, since);
            ps.setInt(3, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    next = rs.getLong(1);
                    boolean delivered = "delivered".equals(rs.getString(3));
                    items.add(new AppFeedPage.Item(rs.getString(2), delivered ? "upsert" : "delete",
                            delivered ? json.readTree(rs.getString(4)) : null));
                }
            }
            return new AppFeedPage(connector, items, null, next, more);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("app feed not read: " + e.getMessage(), e);
        }
    }

    private long latest(String connector) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT coalesce(max(seq), 0) FROM syndication_state WHERE connector = ?")) {
            ps.setString(1, connector);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("app feed not read: " + e.getMessage(), e);
        }
    }
}
