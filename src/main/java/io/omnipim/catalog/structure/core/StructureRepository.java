package io.omnipim.catalog.structure.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;

/** Structure objects in PostgreSQL (one generic table; the JSON is Akeneo's standard format). */
@ApplicationScoped
public class StructureRepository {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public StructureRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The object of this code in any case: Akeneo's codes are case-insensitive ({@code SHOES} is {@code shoes}). */
    public Optional<StoredObject> find(String kind, String code) {
        List<StoredObject> found = query("SELECT kind, code, data::text, version, created, updated"
                + " FROM structure_object WHERE kind = ? AND lower(code) = lower(?)", kind, code);
        return found.stream().findFirst();
    }

    /** For updates: locks the row until the transaction ends, so concurrent PATCHes of one object serialise. */
    public Optional<StoredObject> findForUpdate(String kind, String code) {
        return query("SELECT kind, code, data::text, version, created, updated"
                + " FROM structure_object WHERE kind = ? AND lower(code) = lower(?) FOR UPDATE", kind, code).stream()
                .findFirst();
    }

    public List<StoredObject> all(String kind) {
        return query("SELECT kind, code, data::text, version, created, updated FROM structure_object"
                + " WHERE kind = ? ORDER BY code", kind);
    }

    public List<StoredObject> page(String kind, int offset, int limit) {
        return query("SELECT kind, code, data::text, version, created, updated FROM structure_object"
                + " WHERE kind = ? ORDER BY code OFFSET " + offset + " LIMIT " + limit, kind);
    }

    public List<StoredObject> children(String kind, String parent) {
        return query("SELECT kind, code, data::text, version, created, updated FROM structure_object"
                + " WHERE kind = ? AND parent = ? ORDER BY code", kind, parent);
    }

    public long count(String kind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM structure_object WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts or replaces; returns the new version. */
    public long save(String kind, String code, Object data, String parent) {
        return write("""
                INSERT INTO structure_object (kind, code, data, parent) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (kind, code) DO UPDATE SET data = excluded.data, parent = excluded.parent,
                  updated = now(), version = structure_object.version + 1
                RETURNING version""", kind, code, data, parent);
    }

    /**
     * Inserts only, never replaces: returns the version (1), or 0 when the code exists already (also when a
     * concurrent create committed it first), so a create can never change an existing object.
     */
    public long insert(String kind, String code, Object data, String parent) {
        return write("""
                INSERT INTO structure_object (kind, code, data, parent) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT DO NOTHING
                RETURNING version""", kind, code, data, parent);
    }

    private long write(String sql, String kind, String code, Object data, String parent) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setString(2, code);
            ps.setString(3, json.writeValueAsString(data));
            ps.setString(4, parent);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean delete(String kind, String code) {
        return update("DELETE FROM structure_object WHERE kind = ? AND code = ?", kind, code) > 0;
    }

    /** Tells every node its structure cache is stale. */
    public long bumpRevision() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long revision() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT revision FROM catalog_revision WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StoredObject> query(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<StoredObject> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredObject(rs.getString(1), rs.getString(2),
                            (ObjectNode) json.readTree(rs.getString(3)), rs.getLong(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
