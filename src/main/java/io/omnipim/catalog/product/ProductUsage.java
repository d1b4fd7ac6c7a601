package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.structure.core.StructureUsage;

/** Answers the structure's "is this still used?" questions from the product tables. */
@ApplicationScoped
public class ProductUsage implements StructureUsage {

    private final AgroalDataSource dataSource;

    public ProductUsage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long productsInFamily(String family) {
        return count("SELECT count(*) FROM product WHERE family = ?", family);
    }

    @Override
    public long productModelsInFamily(String family) {
        return count("SELECT count(*) FROM product_model WHERE family = ?", family);
    }

    @Override
    public long productModelsOfVariant(String familyVariant) {
        return count("SELECT count(*) FROM product_model WHERE family_variant = ?", familyVariant);
    }

    /**
     * A scan of the products, as for groups and attribute options below: an index on their categories slowed every
     * product write for this rare admin action's sake (V23).
     */
    @Override
    public long productsInCategory(String category) {
        return count("SELECT count(*) FROM product WHERE categories @> ARRAY[?]::text[]", category)
                + count("SELECT count(*) FROM product_model WHERE categories @> ARRAY[?]::text[]", category);
    }

    /**
     * A scan of the values, acceptable for a rare admin action. Values are stored in Akeneo's raw shape
     * ({@code {attribute: {scope: {locale: data}}}}); {@code [*]} reaches a multi select's codes and, in lax mode,
     * a simple select's one code alike.
     */
    @Override
    public long valuesWithOption(String attribute, String option) {
        String sql = "SELECT count(*) FROM %s WHERE jsonb_path_exists(raw_values -> ?, '$.*.*[*] ? (@ == $o)',"
                + " jsonb_build_object('o', ?::text))";
        return count(sql.formatted("product"), attribute, option)
                + count(sql.formatted("product_model"), attribute, option);
    }

    private long count(String sql, String attribute, String option) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, attribute);
            ps.setString(2, option);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long productsInGroup(String group) {
        return count("SELECT count(*) FROM product WHERE groups @> ARRAY[?]::text[]", group);
    }

    private long count(String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
