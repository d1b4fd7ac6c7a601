package io.omnipim.search.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The rebuild's own outbox cursor ({@value #CONSUMER}), placed where the bulk load starts: before every
 * transaction still running, so each change the load may have missed is replayed. It is removed at the end, since
 * the outbox keeps events until every registered consumer has passed them.
 */
@ApplicationScoped
class ReplayCursor {

    static final String CONSUMER = "search-rebuild";

    private final AgroalDataSource dataSource;

    ReplayCursor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Positions the cursor just before the oldest transaction running now. */
    void startHere() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outbox_cursor (consumer, last_xid, last_id, updated_at)
                VALUES (?, (pg_snapshot_xmin(pg_current_snapshot())::text::numeric - 1)::text::xid8,
                        9223372036854775807, now())
                ON CONFLICT (consumer) DO UPDATE
                  SET last_xid = EXCLUDED.last_xid, last_id = EXCLUDED.last_id, updated_at = now()""")) {
            ps.setString(1, CONSUMER);
            ps.executeUpdate();
        }
    }

    void remove() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_cursor WHERE consumer = ?")) {
            ps.setString(1, CONSUMER);
            ps.executeUpdate();
        }
    }
}
