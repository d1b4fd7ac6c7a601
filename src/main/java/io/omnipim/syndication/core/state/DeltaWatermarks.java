package io.omnipim.syndication.core.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** The {@link DeltaWatermark} of each connector, replaced after every complete delivery. */
@ApplicationScoped
public class DeltaWatermarks {

    private final AgroalDataSource dataSource;

    public DeltaWatermarks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<DeltaWatermark> find(String connector) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT since, catalog_revision, definition_hash FROM syndication_watermark WHERE connector = ?")) {
            ps.setString(1, connector);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new DeltaWatermark(connector, rs.getObject(1, OffsetDateTime.class),
                                rs.getLong(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the delta watermark of " + connector, e);
        }
    }

    public void save(DeltaWatermark mark) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO syndication_watermark (connector, since, catalog_revision, definition_hash, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (connector) DO UPDATE SET since = excluded.since,
                  catalog_revision = excluded.catalog_revision, definition_hash = excluded.definition_hash,
                  updated_at = now()""")) {
            ps.setString(1, mark.connector());
            ps.setObject(2, mark.since());
            ps.setLong(3, mark.catalogRevision());
            ps.setString(4, mark.definitionHash());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the delta watermark of " + mark.connector(), e);
        }
    }
}
