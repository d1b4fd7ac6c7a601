package io.omnipim.catalog.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.structure.core.StructureRepository;

/**
 * What changed in the catalog since a moment, for readers that keep a copy elsewhere and only want to look at what
 * may differ (a connector's delta run): products written since then, variants of models written since then, and
 * products deleted since then. Structure changes are not listed: {@link #revision()} tells a reader that the
 * structure moved, and it then compares everything.
 */
@ApplicationScoped
public class CatalogChanges {

    private static final String CHANGED = """
            SELECT p.uuid FROM product p WHERE p.updated >= ?
            UNION SELECT p.uuid FROM product_model m JOIN product p ON p.parent = m.code WHERE m.updated >= ?
            UNION SELECT p.uuid FROM product_model r JOIN product_model m ON m.parent = r.code
                  JOIN product p ON p.parent = m.code WHERE r.updated >= ?
            UNION SELECT h.entity_id::uuid FROM catalog_history h
                  WHERE h.entity_type = 'product' AND h.version > 1 AND h.changed_at >= ?
                    AND NOT EXISTS (SELECT 1 FROM product p WHERE p.uuid = h.entity_id::uuid)
            LIMIT ?""";

    private final AgroalDataSource dataSource;
    private final StructureRepository structure;

    public CatalogChanges(AgroalDataSource dataSource, StructureRepository structure) {
        this.dataSource = dataSource;
        this.structure = structure;
    }

    /**
     * The products (existing or deleted) that may read differently than at {@code since}, or empty when they are
     * more than {@code limit}: the caller then looks at everything, which is cheaper past some share of the catalog.
     */
    public Optional<Set<UUID>> productsChangedSince(OffsetDateTime since, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CHANGED)) {
            for (int i = 1; i <= 4; i++) {
                ps.setObject(i, since);
            }
            ps.setInt(5, limit + 1);
            Set<UUID> out = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out.size() > limit ? Optional.empty() : Optional.of(out);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the products changed since " + since, e);
        }
    }

    /** The structure's revision: it moves with every change of attributes, options, families, categories… */
    public long revision() {
        return structure.revision();
    }
}
