package io.omnipim.catalog.product.media;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The media_file table, in plain JDBC (connections join the caller's transaction). */
@ApplicationScoped
public class MediaFileRepository {

    private static final String COLUMNS = "code, original_filename, mime_type, size, extension, sha256, created";

    private final AgroalDataSource dataSource;

    public MediaFileRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the row and returns it with its creation time. */
    MediaFile insert(MediaFile f) {
        String sql = "INSERT INTO media_file (code, original_filename, mime_type, size, extension, sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING created";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, f.code());
            ps.setString(2, f.originalFilename());
            ps.setString(3, f.mimeType());
            ps.setLong(4, f.size());
            ps.setString(5, f.extension());
            ps.setString(6, f.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new MediaFile(f.code(), f.originalFilename(), f.mimeType(), f.size(), f.extension(),
                        f.sha256(), rs.getObject(1, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert media file " + f.code(), e);
        }
    }

    /** A file stored before with the same content and name (the oldest), if any. */
    Optional<MediaFile> findSame(String sha256, String originalFilename) {
        return query("SELECT " + COLUMNS + " FROM media_file WHERE sha256 = ? AND original_filename = ?"
                + " ORDER BY created, code LIMIT 1", sha256, originalFilename).stream().findFirst();
    }

    Optional<MediaFile> find(String code) {
        List<MediaFile> found = query("SELECT " + COLUMNS + " FROM media_file WHERE code = ?", code);
        return found.stream().findFirst();
    }

    /** Ordered by code: the primary key index serves it, and pages stay stable while files are added. */
    List<MediaFile> page(long offset, int limit) {
        return query("SELECT " + COLUMNS + " FROM media_file ORDER BY code LIMIT ? OFFSET ?", limit, offset);
    }

    long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM media_file");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count media files", e);
        }
    }

    private List<MediaFile> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<MediaFile> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new MediaFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read media files", e);
        }
    }
}
