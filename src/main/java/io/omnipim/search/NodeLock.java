package io.omnipim.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import io.agroal.api.AgroalDataSource;

/**
 * A PostgreSQL session advisory lock held on a connection of its own: across all nodes, one at a time indexes,
 * rebuilds or checks. A node that dies releases it with its connection.
 */
public final class NodeLock implements AutoCloseable {

    /** The outbox indexer (the rebuild takes it too, briefly, to swap the alias between two indexer turns). */
    public static final long INDEXER = 4242101L;
    public static final long REBUILD = 4242102L;
    public static final long CONSISTENCY = 4242103L;

    private final Connection connection;
    private final long key;

    private NodeLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** The lock if no one holds it, else empty at once. */
    public static Optional<NodeLock> tryAcquire(AgroalDataSource dataSource, long key) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new NodeLock(c, key));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /** Waits up to {@code timeout} for the lock; fails with an SQLException after that. */
    public static NodeLock acquire(AgroalDataSource dataSource, long key, Duration timeout) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            ps.setString(1, timeout.toMillis() + "ms");
            ps.execute();
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
            return new NodeLock(c, key);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
            try (PreparedStatement reset = connection
                    .prepareStatement("SELECT set_config('lock_timeout', '0', false)")) {
                reset.execute();
            }
        } finally {
            connection.close();
        }
    }
}
