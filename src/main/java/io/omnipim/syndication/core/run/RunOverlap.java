package io.omnipim.syndication.core.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Keeps runs of one connector from overlapping across nodes: of two runs marked running, the one that started
 * later steps aside (both see each other; the earlier one goes on).
 */
@ApplicationScoped
public class RunOverlap {

    private final AgroalDataSource dataSource;

    public RunOverlap(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Another run of this connector that started before this one and is still running, or null. */
    public UUID earlierRunning(UUID self, String connector) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT o.id FROM job o, job s WHERE s.id = ? AND o.id <> s.id AND o.type = s.type
                  AND o.status = 'running' AND o.options ->> 'connector' = ?
                  AND (o.started_at, o.id) < (s.started_at, s.id)
                ORDER BY o.started_at LIMIT 1""")) {
            ps.setObject(1, self);
            ps.setString(2, connector);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("run overlap check failed", e);
        }
    }
}
