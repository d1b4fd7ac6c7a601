package io.omnipim.syndication.core.state;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The states of one file-feed run, in one transaction on a connection of its own: nothing is visible, and nothing
 * stays, unless {@link #commit} is called once the feed is published. Batches are streamed with COPY into a
 * temporary table while the run goes on; the commit then updates the states that changed in one statement (an
 * unchanged product is not rewritten) and marks the products the run no longer holds as removed. Updating the
 * states batch by batch instead cost the database more than doing it once, and held the run back. A connector's
 * first run streams straight into the states (see {@link #COPY_FRESH}). Not thread-safe: one caller at a time.
 */
public final class StateRecording implements AutoCloseable {

    /**
     * A connector's first run, the one that onboards a channel with the whole catalog, has no states to compare
     * or remove: its lines go straight into {@code syndication_state}, each led by the connector, and the commit
     * has nothing left to do (the upsert of a million new states ran alone on one core for a quarter of the run).
     */
    private static final String COPY_FRESH = "COPY syndication_state (connector, product_uuid, identifier,"
            + " payload_hash, payload, delivered_at, status, issues) FROM STDIN (FORMAT csv)";
    /**
     * Fresh only while no other recording of the connector runs (a transaction-scoped advisory lock every
     * recording tries to take) and it has no state yet.
     */
    private static final String FRESH = "SELECT pg_try_advisory_xact_lock(hashtext('syndication_state:' || ?))"
            + " AND NOT EXISTS (SELECT 1 FROM syndication_state WHERE connector = ?)";

    private static final String COPY = "COPY run_state (product_uuid, identifier, payload_hash, payload, delivered_at,"
            + " status, issues) FROM STDIN (FORMAT csv)";
    private static final String UPSERT = """
            INSERT INTO syndication_state AS s (connector, product_uuid, identifier, payload_hash, payload,
              delivered_at, status, issues, updated_at)
            SELECT ?, product_uuid, identifier, payload_hash, payload, delivered_at, status, issues, now()
            FROM run_state
            ON CONFLICT (connector, product_uuid) DO UPDATE SET identifier = excluded.identifier,
              payload_hash = excluded.payload_hash, payload = coalesce(excluded.payload, s.payload),
              delivered_at = excluded.delivered_at, status = excluded.status, issues = excluded.issues,
              updated_at = now()
            WHERE s.payload_hash IS DISTINCT FROM excluded.payload_hash OR s.status <> excluded.status
              OR s.identifier <> excluded.identifier OR s.issues <> excluded.issues""";
    private static final String REMOVE = """
            UPDATE syndication_state s SET status = 'removed', updated_at = now()
            WHERE s.connector = ? AND s.status IN ('delivered', 'invalid')
              AND NOT EXISTS (SELECT 1 FROM run_state r WHERE r.product_uuid = s.product_uuid)""";

    private final String connector;
    private final Connection connection;
    private final boolean fresh;
    private boolean committed;

    StateRecording(String connector, Connection connection) throws SQLException {
        this.connector = connector;
        this.connection = connection;
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement(FRESH)) {
            ps.setString(1, connector);
            ps.setString(2, connector);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                fresh = rs.getBoolean(1);
            }
        }
        if (!fresh) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE run_state (product_uuid UUID PRIMARY KEY, identifier TEXT,"
                        + " payload_hash TEXT, payload JSONB, delivered_at TIMESTAMPTZ, status TEXT, issues JSONB)"
                        + " ON COMMIT DROP");
            }
        }
    }

    /**
     * What leads each {@link RunStates#row} line in a batch: the connector as a CSV field on a first run (see
     * {@link #COPY_FRESH}), else nothing.
     */
    public byte[] linePrefix() {
        if (!fresh) {
            return new byte[0];
        }
        return new CopyLine(null).text(connector).comma().toByteArray(); // no JSON cell: no mapper needed
    }

    /** Streams a batch of {@link RunStates#row} lines, UTF-8, each led by {@link #linePrefix}, into the run's transaction. */
    public void add(byte[] rows, int length) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(fresh ? COPY_FRESH : COPY,
                    new ByteArrayInputStream(rows, 0, length), 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("syndication state not saved: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the run's states could not be sent", e);
        }
    }

    /**
     * Updates the states that changed, marks the products this run did not hold as removed and commits; returns
     * how many were marked. (No ANALYZE of the temporary table: it changed none of these two plans.)
     */
    public int commit() {
        try {
            int removed = 0;
            if (!fresh) {
                execute(UPSERT);
                removed = execute(REMOVE);
            }
            connection.commit();
            committed = true;
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("syndication state not saved: " + e.getMessage(), e);
        }
    }

    /** Rolls back unless committed, and gives the connection back. */
    @Override
    public void close() {
        try (Connection c = connection) {
            if (!committed) {
                c.rollback();
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the recording of the run's states: " + e.getMessage(), e);
        }
    }

    private int execute(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, connector);
            return ps.executeUpdate();
        }
    }
}
