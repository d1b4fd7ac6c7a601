package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.completeness.CompletenessRepository;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.filter.FilterTarget;
import io.omnipim.catalog.product.filter.ProductFilterSql;
import io.omnipim.catalog.product.filter.SqlFilter;
import io.omnipim.catalog.product.history.HistoryRepository;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;

/**
 * Reads products for the API: one by identifier or uuid, and filtered lists (Akeneo's {@code search} translated to
 * SQL, so a product saved is found by the very next request). Lists page by offset or by {@code search_after} on
 * the uuid index, which stays fast at any depth.
 */
@ApplicationScoped
public class ProductReadService {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final ProductModelRepository models;
    private final CompletenessRepository completeness;
    private final HistoryRepository history;
    private final StructureCache cache;
    private final ObjectMapper json;

    public ProductReadService(AgroalDataSource dataSource, ProductRepository products, ProductModelRepository models,
            CompletenessRepository completeness, HistoryRepository history, StructureCache cache, ObjectMapper json) {
        this.dataSource = dataSource;
        this.products = products;
        this.models = models;
        this.completeness = completeness;
        this.history = history;
        this.cache = cache;
        this.json = json;
    }

    /** A product in standard format, with its version (for the ETag). */
    public record Found(ObjectNode body, long version, UUID uuid) {
    }

    /** A page of products; {@code next} is the search_after cursor when there are more. */
    public record Page(List<ObjectNode> items, boolean hasNext, String lastUuid, Long count) {
    }

    public Found byIdentifier(String identifier, OutputOptions options) {
        return read(c -> products.byIdentifier(c, identifier, false), "Product \"" + identifier + "\" does not exist or"
                + " you do not have permission to access it.", options);
    }

    public Found byUuid(UUID uuid, OutputOptions options) {
        return read(c -> products.byUuid(c, uuid, false), "Product \"" + uuid + "\" does not exist or you do not have"
                + " permission to access it.", options);
    }

    private Found read(Finder finder, String notFound, OutputOptions options) {
        try (Connection c = dataSource.getConnection()) {
            ProductRow row = finder.find(c).orElseThrow(() -> PimException.notFound(notFound));
            CatalogStructure catalog = cache.forRead();
            List<ProductModelRow> lineage = row.parent() == null ? List.of() : models.lineage(c, row.parent());
            List<CompletenessRow> ratios = options.withCompletenesses()
                    ? completeness.of(c, List.of(row.uuid())).getOrDefault(row.uuid(), List.of())
                    : List.of();
            return new Found(ProductNormalizer.product(row, lineage, catalog, options, ratios), row.version(),
                    row.uuid());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page list(String search, String searchLocale, String searchScope, int page, String searchAfter, int limit,
            boolean withCount, OutputOptions options) {
        CatalogStructure catalog = cache.forRead();
        options.check(catalog);
        SqlFilter filter = ProductFilterSql.build(FilterTarget.PRODUCT, search, searchLocale, searchScope, catalog,
                json);
        StringBuilder sql = new StringBuilder("SELECT " + ProductRepository.COLUMNS + " FROM product p"
                + " LEFT JOIN product_model m1 ON m1.code = p.parent LEFT JOIN product_model m2 ON m2.code = m1.parent"
                + " WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (!filter.where().isBlank()) {
            sql.append(" AND ").append(filter.where());
            params.addAll(filter.params());
        }
        if (searchAfter != null) {
            sql.append(" AND p.uuid > ?");
            params.add(parseCursor(searchAfter));
        }
        sql.append(" ORDER BY p.uuid");
        if (searchAfter == null) {
            sql.append(" OFFSET ").append((long) (page - 1) * limit);
        }
        sql.append(" LIMIT ").append(limit + 1);
        try (Connection c = dataSource.getConnection()) {
            List<ProductRow> rows = query(c, sql.toString(), params);
            boolean hasNext = rows.size() > limit;
            List<ProductRow> pageRows = hasNext ? rows.subList(0, limit) : rows;
            Long count = withCount ? count(c, filter) : null;
            return new Page(normalize(c, pageRows, catalog, options), hasNext,
                    pageRows.isEmpty() ? null : pageRows.get(pageRows.size() - 1).uuid().toString(), count);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ObjectNode> normalize(Connection c, List<ProductRow> rows, CatalogStructure catalog,
            OutputOptions options) throws SQLException {
        List<String> parents = rows.stream().map(ProductRow::parent).filter(p -> p != null).distinct().toList();
        Map<String, ProductModelRow> byCode = new HashMap<>(models.byCodes(c, parents));
        List<String> grandParents = byCode.values().stream().map(ProductModelRow::parent).filter(p -> p != null)
                .filter(p -> !byCode.containsKey(p)).distinct().toList();
        byCode.putAll(models.byCodes(c, grandParents));
        Map<UUID, List<CompletenessRow>> ratios = options.withCompletenesses()
                ? completeness.of(c, rows.stream().map(ProductRow::uuid).toList())
                : Map.of();
        List<ObjectNode> out = new ArrayList<>();
        for (ProductRow row : rows) {
            List<ProductModelRow> lineage = new ArrayList<>();
            for (String next = row.parent(); next != null && byCode.containsKey(next); next = byCode.get(next)
                    .parent()) {
                lineage.add(byCode.get(next));
            }
            out.add(ProductNormalizer.product(row, lineage, catalog, options,
                    ratios.getOrDefault(row.uuid(), List.of())));
        }
        return out;
    }

    private List<ProductRow> query(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            return products.read(ps);
        }
    }

    private long count(Connection c, SqlFilter filter) throws SQLException {
        String sql = "SELECT count(*) FROM product p LEFT JOIN product_model m1 ON m1.code = p.parent"
                + " LEFT JOIN product_model m2 ON m2.code = m1.parent"
                + (filter.where().isBlank() ? "" : " WHERE " + filter.where());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, filter.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void bind(Connection c, PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] array) {
                ps.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static UUID parseCursor(String searchAfter) {
        try {
            return UUID.fromString(searchAfter);
        } catch (IllegalArgumentException e) {
            throw PimException.unprocessable("The \"search_after\" value is not valid.", List.of());
        }
    }

    public List<HistoryRepository.Entry> history(String identifier, int page, int limit) {
        try (Connection c = dataSource.getConnection()) {
            ProductRow row = products.byIdentifier(c, identifier, false)
                    .orElseThrow(() -> PimException.notFound("Product \"" + identifier + "\" does not exist."));
            // past version 1 an entry still without its changes was left by a node of an earlier release (it did
            // not write them before the update): the row no longer tells them, so none are shown rather than wrong ones
            return history.page(c, "product", row.uuid().toString(), (page - 1) * limit, limit,
                    () -> row.version() == 1 ? ProductPersister.creationChanges(row) : List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Finder {

        Optional<ProductRow> find(Connection c) throws SQLException;
    }
}
