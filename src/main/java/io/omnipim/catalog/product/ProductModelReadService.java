package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.filter.FilterTarget;
import io.omnipim.catalog.product.filter.ProductFilterSql;
import io.omnipim.catalog.product.filter.SqlFilter;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;

/** Reads product models: one by code, and filtered lists like products. */
@ApplicationScoped
public class ProductModelReadService {

    private final AgroalDataSource dataSource;
    private final ProductModelRepository models;
    private final StructureCache cache;
    private final ObjectMapper json;

    public ProductModelReadService(AgroalDataSource dataSource, ProductModelRepository models, StructureCache cache,
            ObjectMapper json) {
        this.dataSource = dataSource;
        this.models = models;
        this.cache = cache;
        this.json = json;
    }

    /** A page of models; {@code lastCode} is the search_after cursor. */
    public record Page(List<ObjectNode> items, boolean hasNext, String lastCode) {
    }

    public ObjectNode get(String code, OutputOptions options) {
        try (Connection c = dataSource.getConnection()) {
            ProductModelRow row = models.byCode(c, code, false).orElseThrow(() -> PimException.notFound(
                    "Product model \"" + code + "\" does not exist or you do not have permission to access it."));
            List<ProductModelRow> lineage = row.parent() == null ? List.of() : models.lineage(c, row.parent());
            return ProductNormalizer.model(row, lineage, cache.forRead(), options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many variant products each of these models has, its sub-models' variants included (models without
     * variants are left out). Two index lookups per model, so a page of a grid costs one query.
     */
    public Map<String, Long> variantCounts(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        String sql = """
                SELECT owner, count(*) FROM (
                  SELECT p.parent AS owner FROM product p WHERE p.parent = ANY (?)
                  UNION ALL
                  SELECT m.parent FROM product p JOIN product_model m ON m.code = p.parent WHERE m.parent = ANY (?)
                ) v GROUP BY owner""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            java.sql.Array array = c.createArrayOf("text", codes.toArray(String[]::new));
            ps.setArray(1, array);
            ps.setArray(2, array);
            Map<String, Long> out = new HashMap<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page list(String search, String searchLocale, String searchScope, int page, String searchAfter, int limit,
            OutputOptions options) {
        CatalogStructure catalog = cache.forRead();
        options.check(catalog);
        SqlFilter filter = ProductFilterSql.build(FilterTarget.PRODUCT_MODEL, search, searchLocale, searchScope,
                catalog, json);
        StringBuilder sql = new StringBuilder("SELECT " + ProductModelRepository.COLUMNS + " FROM "
                + FilterTarget.PRODUCT_MODEL.from() + " " + FilterTarget.PRODUCT_MODEL.joins() + " WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (!filter.where().isBlank()) {
            sql.append(" AND ").append(filter.where());
            params.addAll(filter.params());
        }
        if (searchAfter != null) {
            sql.append(" AND pm.code > ?");
            params.add(searchAfter);
        }
        sql.append(" ORDER BY pm.code");
        if (searchAfter == null) {
            sql.append(" OFFSET ").append((long) (page - 1) * limit);
        }
        sql.append(" LIMIT ").append(limit + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ProductReadService.bind(c, ps, params);
            List<ProductModelRow> rows = models.read(ps);
            boolean hasNext = rows.size() > limit;
            List<ProductModelRow> pageRows = hasNext ? rows.subList(0, limit) : rows;
            List<String> parents = pageRows.stream().map(ProductModelRow::parent).filter(p -> p != null).distinct()
                    .toList();
            Map<String, ProductModelRow> byCode = new HashMap<>(models.byCodes(c, parents));
            List<ObjectNode> items = new ArrayList<>();
            for (ProductModelRow row : pageRows) {
                List<ProductModelRow> lineage = row.parent() != null && byCode.containsKey(row.parent())
                        ? List.of(byCode.get(row.parent()))
                        : List.of();
                items.add(ProductNormalizer.model(row, lineage, catalog, options));
            }
            return new Page(items, hasNext, pageRows.isEmpty() ? null : pageRows.get(pageRows.size() - 1).code());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
