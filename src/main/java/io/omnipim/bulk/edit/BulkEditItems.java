package io.omnipim.bulk.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The products of a bulk edit, numbered in the order they are processed (table {@code bulk_edit_item}). */
@ApplicationScoped
public class BulkEditItems {

    /** One selected product and its place in the job. */
    record Item(int seq, String identifier) {
    }

    private final AgroalDataSource dataSource;

    public BulkEditItems(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the selection in the caller's transaction, numbered from 1. */
    void insert(Connection c, UUID job, List<String> identifiers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bulk_edit_item (job_id, seq, identifier) VALUES (?, ?, ?)")) {
            int seq = 0;
            for (String identifier : identifiers) {
                ps.setObject(1, job);
                ps.setInt(2, ++seq);
                ps.setString(3, identifier);
                ps.addBatch();
                if (seq % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The next {@code limit} products after {@code afterSeq}. */
    List<Item> after(UUID job, int afterSeq, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT seq, identifier FROM bulk_edit_item"
                        + " WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setObject(1, job);
            ps.setInt(2, afterSeq);
            ps.setInt(3, limit);
            List<Item> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Item(rs.getInt(1), rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the selection of bulk edit " + job, e);
        }
    }

    /** Forgets the selection of a finished job (its report stays in the job). */
    void delete(UUID job) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM bulk_edit_item WHERE job_id = ?")) {
            ps.setObject(1, job);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the selection of bulk edit " + job, e);
        }
    }
}
