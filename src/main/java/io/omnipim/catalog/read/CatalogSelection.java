package io.omnipim.catalog.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.filter.FilterTarget;
import io.omnipim.catalog.product.filter.ProductFilterSql;
import io.omnipim.catalog.product.filter.SqlFilter;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * Products selected by an Akeneo {@code search} filter (the JSON of the REST API's {@code search} parameter), for
 * readers that select by rules: connectors. The filter is checked against the current structure and runs in
 * PostgreSQL, so the selection is exactly what the product list of the API would return.
 */
@ApplicationScoped
public class CatalogSelection {

    private static final String FROM = "SELECT p.uuid FROM " + FilterTarget.PRODUCT.from() + " "
            + FilterTarget.PRODUCT.joins();

    private final AgroalDataSource dataSource;
    private final StructureCache cache;
    private final ObjectMapper json;
    private final StructureReader structure;

    public CatalogSelection(AgroalDataSource dataSource, StructureCache cache, ObjectMapper json,
            StructureReader structure) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.json = json;
        this.structure = structure;
    }

    /** Why this filter cannot run (unknown attribute, bad operator…), or empty when it can. */
    public Optional<String> problem(String search, String locale, String scope) {
        try {
            filter(search, locale, scope);
            return Optional.empty();
        } catch (PimException e) {
            String detail = e.errors().stream().map(FieldError::message).filter(m -> !m.equals(e.getMessage()))
                    .findFirst().map(m -> " " + m).orElse("");
            return Optional.of(e.getMessage() + detail);
        }
    }

    /** One page of the selected products' uuids in uuid order, after {@code after} (null: from the start). */
    public List<UUID> productsAfter(String search, String locale, String scope, UUID after, int size) {
        SqlFilter filter = filter(search, locale, scope);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(after == null ? new UUID(0, 0) : after);
        String sql = FROM + " WHERE " + where(filter) + "p.uuid > ? ORDER BY p.uuid LIMIT " + size;
        return List.copyOf(query(sql, params));
    }

    /**
     * One page of the selected products' documents in uuid order, after {@code after} (null: from the start), with
     * only the values of {@code subset} (its channel and locale are the filter's scope and locale), and without
     * completeness: what {@link #productsAfter} then {@link CatalogReader#documentsWithoutCompleteness} give, for a
     * reader that maps a few attributes, in one query and a fraction of the parsing. Each document is made only
     * when asked for: see {@link StoredDocument}.
     */
    public List<StoredDocument> storedAfter(String search, ValueSubset subset, UUID after, int size) {
        SqlFilter filter = filter(search, subset.locale(), subset.channel());
        ReadStructure current = structure.current();
        SubsetScan scan = new SubsetScan(new SubsetValues(json, subset, current), current);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(after == null ? new UUID(0, 0) : after);
        String sql = SubsetScan.sql(FilterTarget.PRODUCT.from() + " " + FilterTarget.PRODUCT.joins(), filter, size);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            return scan.read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("selection query failed: " + e.getMessage(), e);
        }
    }

    /** Which of these products the filter selects. */
    public Set<UUID> matching(String search, String locale, String scope, Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return Set.of();
        }
        SqlFilter filter = filter(search, locale, scope);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(uuids.toArray(new UUID[0]));
        return new LinkedHashSet<>(query(FROM + " WHERE " + where(filter) + "p.uuid = ANY(?)", params));
    }

    private SqlFilter filter(String search, String locale, String scope) {
        return ProductFilterSql.build(FilterTarget.PRODUCT, search, locale, scope, cache.forRead(), json);
    }

    private static String where(SqlFilter filter) {
        return filter.isEmpty() ? "" : filter.where() + " AND ";
    }

    private List<UUID> query(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("selection query failed: " + e.getMessage(), e);
        }
    }

    private static void bind(Connection c, PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] texts) {
                ps.setArray(i + 1, c.createArrayOf("text", texts));
            } else if (p instanceof UUID[] ids) {
                ps.setArray(i + 1, c.createArrayOf("uuid", ids));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
