package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Product models in PostgreSQL (plain JDBC, like products). */
@ApplicationScoped
public class ProductModelRepository {

    static final String COLUMNS = "pm.code, pm.family, pm.family_variant, pm.parent, pm.categories,"
            + " pm.raw_values::text, pm.associations::text, pm.quantified_associations::text, pm.created,"
            + " pm.updated, pm.version";

    private final ProductRepository products;

    public ProductModelRepository(ProductRepository products) {
        this.products = products;
    }

    /** The model of this code in any case, as Akeneo finds it ({@code tshirt-lin} for {@code TSHIRT-LIN}). */
    public Optional<ProductModelRow> byCode(Connection c, String code, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM product_model pm WHERE lower(pm.code) = lower(?)"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, code);
            return read(ps).stream().findFirst();
        }
    }

    /** The models of these codes in any case, keyed by their stored code. */
    public Map<String, ProductModelRow> byCodes(Connection c, Collection<String> codes) throws SQLException {
        Map<String, ProductModelRow> out = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM product_model pm WHERE lower(pm.code)" + ProductRepository.IN_ANY_CASE)) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            for (ProductModelRow row : read(ps)) {
                out.put(row.code(), row);
            }
        }
        return out;
    }

    /** A model with its parent, child first (what a variant inherits from). */
    public List<ProductModelRow> lineage(Connection c, String code) throws SQLException {
        // one round trip for the model and its ancestors: a variant's GET is on the hot path
        try (PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE chain AS (
                  SELECT pm.*, 1 AS depth FROM product_model pm WHERE lower(pm.code) = lower(?)
                  UNION ALL
                  SELECT pm.*, chain.depth + 1 FROM product_model pm JOIN chain ON pm.code = chain.parent
                  WHERE chain.depth < 3)
                SELECT\s""" + COLUMNS + " FROM chain pm ORDER BY pm.depth")) {
            ps.setString(1, code);
            return read(ps);
        }
    }

    public void save(Connection c, ProductModelRow r, boolean insert) throws SQLException {
        String sql = insert ? """
                INSERT INTO product_model (family, family_variant, parent, categories, raw_values, associations,
                  quantified_associations, updated, version, created, code)
                VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""" : """
                UPDATE product_model SET family = ?, family_variant = ?, parent = ?, categories = ?,
                  raw_values = ?::jsonb, associations = ?::jsonb, quantified_associations = ?::jsonb, updated = ?,
                  version = ?, created = ? WHERE code = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.family());
            ps.setString(2, r.familyVariant());
            ps.setString(3, r.parent());
            ps.setArray(4, c.createArrayOf("text", r.categories().toArray()));
            ps.setString(5, products.write(r.values()));
            ps.setString(6, products.write(r.associations()));
            ps.setString(7, products.write(r.quantifiedAssociations()));
            ps.setObject(8, r.updated());
            ps.setLong(9, r.version());
            ps.setObject(10, r.created());
            ps.setString(11, r.code());
            ps.executeUpdate();
        }
    }

    public boolean delete(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM product_model WHERE code = ?")) {
            ps.setString(1, code);
            return ps.executeUpdate() > 0;
        }
    }

    /** Codes of the direct children (sub-models) of a model. */
    public List<String> childModels(Connection c, String code) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM product_model WHERE parent = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    List<ProductModelRow> read(PreparedStatement ps) throws SQLException {
        List<ProductModelRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ProductModelRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ProductRepository.strings(rs.getArray(5)), products.object(rs.getBytes(6)),
                        products.object(rs.getBytes(7)), products.object(rs.getBytes(8)),
                        rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class),
                        rs.getLong(11)));
            }
        }
        return out;
    }
}
