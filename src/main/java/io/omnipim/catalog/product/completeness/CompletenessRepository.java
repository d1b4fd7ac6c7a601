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
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.product.ProductRepository;

/** The completeness side table: replaced as a whole for each written product. */
@ApplicationScoped
public class CompletenessRepository {

    public void replace(Connection c, Map<UUID, List<CompletenessRow>> byProduct) throws SQLException {
        if (byProduct.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM completeness WHERE product_uuid = ANY(?)")) {
            delete.setArray(1, c.createArrayOf("uuid", byProduct.keySet().toArray()));
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO completeness (product_uuid, channel, locale,"
                + " required, missing, ratio, missing_attributes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<UUID, List<CompletenessRow>> e : byProduct.entrySet()) {
                for (CompletenessRow r : e.getValue()) {
                    insert.setObject(1, e.getKey());
                    insert.setString(2, r.channel());
                    insert.setString(3, r.locale());
                    insert.setInt(4, r.required());
                    insert.setInt(5, r.missing());
                    insert.setInt(6, r.ratio());
                    insert.setArray(7, c.createArrayOf("text", r.missingAttributes().toArray()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
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
