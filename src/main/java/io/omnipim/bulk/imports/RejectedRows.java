package io.omnipim.bulk.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The rows an import rejected, kept as read so the user gets them back to fix and re-import. */
@ApplicationScoped
public class RejectedRows {

    /** One rejected row: its line in the source, its cells, and why. */
    public record Rejected(long line, List<String> cells, String reason) {
    }

    private final AgroalDataSource dataSource;

    public RejectedRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** In the batch's transaction (the caller's connection), with the batch's rows and checkpoint. */
    public void insert(Connection c, UUID job, List<Rejected> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_rejected (job_id, line, cells, reason)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (job_id, line) DO UPDATE SET cells = EXCLUDED.cells,"
                + " reason = EXCLUDED.reason")) {
            for (Rejected r : rows) {
                ps.setObject(1, job);
                ps.setLong(2, r.line());
                ps.setArray(3, c.createArrayOf("text", r.cells().toArray()));
                ps.setString(4, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The lines rejected so far (a second pass skips them). */
    public java.util.Set<Long> lines(UUID job) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT line FROM import_rejected WHERE job_id = ?")) {
            ps.setObject(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rejected lines read failed", e);
        }
        return out;
    }

    /** Streams the rejected rows in file order. */
    public void forEach(UUID job, Consumer<Rejected> consumer) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // lets the driver fetch in pages instead of all rows at once
            try (PreparedStatement ps = c.prepareStatement("SELECT line, cells, reason FROM import_rejected"
                    + " WHERE job_id = ? ORDER BY line")) {
                ps.setFetchSize(500);
                ps.setObject(1, job);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Array cells = rs.getArray(2);
                        consumer.accept(new Rejected(rs.getLong(1), Arrays.asList((String[]) cells.getArray()),
                                rs.getString(3)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rejected rows read failed", e);
        }
    }
}
