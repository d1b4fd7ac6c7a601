package io.omnipim.catalog.product.completeness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.platform.db.CopyRows;

/** The completeness side table: replaced as a whole for each written product. */
@ApplicationScoped
public class CompletenessRepository {

    public void replace(Connection c, Map<UUID, List<CompletenessRow>> byProduct) throws SQLException {
        replace(c, byProduct, Set.of());
    }

    /** As {@link #replace(Connection, Map)}; {@code created} products were created in this transaction (no rows). */
    public void replace(Connection c, Map<UUID, List<CompletenessRow>> byProduct, Set<UUID> created)
            throws SQLException {
        if (byProduct.isEmpty()) {
            return;
        }
        Object[] existing = byProduct.keySet().stream().filter(u -> !created.contains(u)).toArray();
        if (existing.length > 0) {
            try (PreparedStatement delete = c
                    .prepareStatement("DELETE FROM completeness WHERE product_uuid = ANY(?)")) {
                delete.setArray(1, c.createArrayOf("uuid", existing));
                delete.executeUpdate();
            }
        }
        // channels × locales rows per product: one COPY for the whole batch
        try (CopyRows rows = new CopyRows(c, "completeness (product_uuid, channel, locale, required, missing,"
                + " ratio, missing_attributes)")) {
            for (Map.Entry<UUID, List<CompletenessRow>> e : byProduct.entrySet()) {
                for (CompletenessRow r : e.getValue()) {
                    rows.uuid(e.getKey()).text(r.channel()).text(r.locale()).int4(r.required()).int4(r.missing())
                            .int2(r.ratio()).textArray(r.missingAttributes()).end();
                }
            }
            rows.copy();
        }
    }

    public Map<UUID, List<CompletenessRow>> of(Connection c, Collection<UUID> products) throws SQLException {
        Map<UUID, List<CompletenessRow>> out = new HashMap<>();
        if (products.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT product_uuid, channel, locale, required, missing,"
                + " ratio, missing_attributes FROM completeness WHERE product_uuid = ANY(?) ORDER BY channel, locale")) {
            ps.setArray(1, c.createArrayOf("uuid", products.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CompletenessRow(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                    rs.getInt(6), ProductRepository.strings(rs.getArray(7))));
                }
            }
        }
        return out;
    }
}
