package io.omnipim.syndication.core.connector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;

/** Connector definitions in PostgreSQL, so every node runs the same ones. */
@ApplicationScoped
public class ConnectorRepository {

    private static final String COLUMNS = "code, type, source, origin, file_hash, version, created_at, updated_at,"
            + " updated_by";

    private final AgroalDataSource dataSource;

    public ConnectorRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredConnector> find(String code) {
        return query("SELECT " + COLUMNS + " FROM syndication_connector WHERE code = ?", code).stream().findFirst();
    }

    public List<StoredConnector> all() {
        return query("SELECT " + COLUMNS + " FROM syndication_connector ORDER BY code", null);
    }

    /** Inserts or replaces; the version grows on every change. */
    public void save(String code, String type, JsonNode definition, String source, String origin, String fileHash,
            String author) {
        run("""
                INSERT INTO syndication_connector (code, type, definition, source, origin, file_hash, updated_by)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET type = excluded.type, definition = excluded.definition,
                  source = excluded.source, origin = excluded.origin, file_hash = excluded.file_hash,
                  updated_by = excluded.updated_by, updated_at = now(),
                  version = syndication_connector.version + 1""", code, type, definition.toString(), source, origin,
                fileHash, author);
    }

    public boolean delete(String code) {
        return run("DELETE FROM syndication_connector WHERE code = ?", code) > 0;
    }

    /** Serialises reloads and writes across nodes until the caller's transaction ends. */
    public void lock() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(4242101)")) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("connector storage failed: " + e.getMessage(), e);
        }
    }

    private List<StoredConnector> query(String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            List<StoredConnector> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredConnector(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getObject(7, OffsetDateTime.class),
                            rs.getObject(8, OffsetDateTime.class), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("connector storage failed: " + e.getMessage(), e);
        }
    }
}
