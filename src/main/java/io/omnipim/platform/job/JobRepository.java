package io.omnipim.platform.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.security.Author;

/** SQL of the job and job_error tables. Methods taking a {@link Connection} join the caller's transaction. */
@ApplicationScoped
public class JobRepository {

    private static final String COLUMNS = "id, type, status, label, options::text, created_by, created_via, created_at,"
            + " started_at, finished_at, node, cancel_requested, total, done, rate_from_done, rate_from_at,"
            + " counts::text, error_count, cursor::text, message, result::text";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public JobRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public void insert(UUID id, String type, String label, ObjectNode options, Author author) {
        update("INSERT INTO job (id, type, status, label, options, created_by, created_via)"
                + " VALUES (?, ?, 'queued', ?, ?::jsonb, ?, ?)", id, type, label, write(options), author.username(),
                author.connection());
    }

    public Optional<JobRecord> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM job WHERE id = ?", id).stream().findFirst();
    }

    public List<JobRecord> list(List<String> types, int offset, int limit) {
        return query("SELECT " + COLUMNS + " FROM job WHERE type = ANY(?) ORDER BY created_at DESC, id"
                + " OFFSET ? LIMIT ?", types.toArray(String[]::new), offset, limit);
    }

    /** The jobs of a type whose option {@code key} has this value (a connector's runs), newest first. */
    public List<JobRecord> listByOption(String type, String key, String value, int offset, int limit) {
        return query("SELECT " + COLUMNS + " FROM job WHERE type = ? AND options ->> ? = ?"
                + " ORDER BY created_at DESC, id OFFSET ? LIMIT ?", type, key, value, offset, limit);
    }

    public long count(List<String> types) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM job WHERE type = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", types.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job count failed", e);
        }
    }

    /**
     * Takes the oldest queued job of a type whose running count is under its limit, and marks it running on this
     * node. SKIP LOCKED lets several nodes claim at once; the advisory lock per type keeps the limit exact.
     */
    public Optional<JobRecord> claim(String type, int maxRunning, String node) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<JobRecord> claimed = claim(c, type, maxRunning, node);
                c.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job claim failed", e);
        }
    }

    private Optional<JobRecord> claim(Connection c, String type, int maxRunning, String node) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(4242010, hashtext(?))")) {
            lock.setString(1, type);
            lock.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE job SET status = 'running', node = ?, heartbeat_at = now(), cancel_requested = false,
                       started_at = coalesce(started_at, now()), rate_from_at = now(), rate_from_done = done,
                       finished_at = NULL
                 WHERE id = (SELECT id FROM job WHERE status = 'queued' AND type = ?
                               AND (SELECT count(*) FROM job WHERE status = 'running' AND type = ?) < ?
                             ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING\s""" + COLUMNS)) {
            ps.setString(1, node);
            ps.setString(2, type);
            ps.setString(3, type);
            ps.setInt(4, maxRunning);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Records a committed step of the job in the step's own transaction (the caller's connection). */
    public void commit(Connection c, UUID id, long done, JsonNode cursor, Map<String, Long> counts, long errorCount)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE job SET done = ?, cursor = ?::jsonb,"
                + " counts = ?::jsonb, error_count = ?, heartbeat_at = now() WHERE id = ?")) {
            ps.setLong(1, done);
            ps.setString(2, cursor == null ? null : write(cursor));
            ps.setString(3, write(counts));
            ps.setLong(4, errorCount);
            ps.setObject(5, id);
            ps.executeUpdate();
        }
    }

    public void insertIssues(Connection c, UUID id, int firstSeq, List<JobIssue> issues) throws SQLException {
        if (issues.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_error (job_id, seq, line, column_no,"
                + " column_name, property, value, identifier, message, warning) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int seq = firstSeq;
            for (JobIssue i : issues) {
                ps.setObject(1, id);
                ps.setInt(2, seq++);
                ps.setObject(3, i.line(), Types.BIGINT);
                ps.setObject(4, i.column(), Types.INTEGER);
                ps.setString(5, i.columnName());
                ps.setString(6, i.property());
                ps.setString(7, clip(i.value()));
                ps.setString(8, i.identifier());
                ps.setString(9, i.message());
                ps.setBoolean(10, i.warning());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds issues after those already stored (a failure's explanation), within the cap of the caller. */
    public void appendIssues(UUID id, List<JobIssue> issues) {
        try (Connection c = dataSource.getConnection()) {
            insertIssues(c, id, issueCount(id), issues);
        } catch (SQLException e) {
            throw new IllegalStateException("job issues write failed", e);
        }
    }

    public List<JobIssue> issues(UUID id) {
        List<JobIssue> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT line, column_no, column_name, property, value,"
                        + " identifier, message, warning FROM job_error WHERE job_id = ?"
                        // in file order: an import's writers record their batches' errors concurrently
                        + " ORDER BY line NULLS FIRST, seq")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new JobIssue(rs.getObject(1, Long.class), rs.getObject(2, Integer.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job issues read failed", e);
        }
        return out;
    }

    public int issueCount(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM job_error WHERE job_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job issues count failed", e);
        }
    }

    public void progress(UUID id, long done, Long total) {
        update("UPDATE job SET done = ?, total = coalesce(?, total), heartbeat_at = now() WHERE id = ?", done,
                total, id);
    }

    public void finish(UUID id, JobStatus status, String message, JsonNode result) {
        update("UPDATE job SET status = ?, message = ?, result = coalesce(?::jsonb, result), finished_at = now()"
                + " WHERE id = ? AND status = 'running'", status.code(), message,
                result == null ? null : write(result), id);
    }

    public int heartbeat(String node) {
        return update("UPDATE job SET heartbeat_at = now() WHERE status = 'running' AND node = ?", node);
    }

    private static final String INTERRUPT = "UPDATE job SET status = 'interrupted', finished_at = now(),"
            + " message = 'The server stopped while this job ran; what was committed stays. Resume it to continue"
            + " after the ' || done || ' rows or items already done.' WHERE status = 'running'";

    /** Jobs left running by this node before it restarted, or by any node silent for too long. */
    public int interruptOrphans(String node, OffsetDateTime silentSince) {
        return update(INTERRUPT + " AND (node = ? OR heartbeat_at < ?)", node, silentSince);
    }

    /** Jobs of any node whose heartbeat stopped (the node died without restarting). */
    public int interruptSilent(OffsetDateTime silentSince) {
        return update(INTERRUPT + " AND heartbeat_at < ?", silentSince);
    }

    public boolean cancelQueued(UUID id) {
        return update("UPDATE job SET status = 'cancelled', finished_at = now(), message = 'Cancelled before it"
                + " started.' WHERE id = ? AND status = 'queued'", id) == 1;
    }

    public boolean requestCancel(UUID id) {
        return update("UPDATE job SET cancel_requested = true WHERE id = ? AND status = 'running'", id) == 1;
    }

    public boolean cancelRequested(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT cancel_requested FROM job WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job read failed", e);
        }
    }

    public boolean requeue(UUID id) {
        return update("UPDATE job SET status = 'queued', message = NULL, finished_at = NULL, node = NULL"
                + " WHERE id = ? AND status = 'interrupted'", id) == 1;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000) + "…";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("job update failed", e);
        }
    }

    private List<JobRecord> query(String sql, Object... params) {
        List<JobRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job query failed", e);
        }
        return out;
    }

    private static void bind(Connection c, PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String[] array) {
                ps.setArray(i + 1, c.createArrayOf("text", array));
            } else if (p == null) {
                ps.setNull(i + 1, Types.OTHER);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private JobRecord read(ResultSet rs) throws SQLException {
        return new JobRecord(rs.getObject(1, UUID.class), rs.getString(2), JobStatus.of(rs.getString(3)),
                rs.getString(4), (ObjectNode) tree(rs.getString(5)), new Author(rs.getString(6), rs.getString(7)),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getBoolean(12),
                rs.getObject(13, Long.class), rs.getLong(14), rs.getLong(15), rs.getObject(16, OffsetDateTime.class),
                counts(rs.getString(17)), rs.getLong(18), tree(rs.getString(19)), rs.getString(20),
                tree(rs.getString(21)));
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts(String text) {
        try {
            return text == null
                    ? new LinkedHashMap<>()
                    : json.readValue(text, new TypeReference<LinkedHashMap<String, Long>>() {
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
