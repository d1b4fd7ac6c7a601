package io.omnipim.catalog.product.completeness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.ProductModelRepository;
import io.omnipim.catalog.product.ProductPersister;
import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.ProductRow;
import io.omnipim.catalog.product.write.BatchLookups;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;

/** Recomputes the completeness of one page of a family's products (keyset on uuid). */
@ApplicationScoped
public class CompletenessBatch {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final ProductModelRepository models;
    private final CompletenessRepository completeness;
    private final StructureCache cache;

    public CompletenessBatch(AgroalDataSource dataSource, ProductRepository products, ProductModelRepository models,
            CompletenessRepository completeness, StructureCache cache) {
        this.dataSource = dataSource;
        this.products = products;
        this.models = models;
        this.completeness = completeness;
        this.cache = cache;
    }

    /** How many products this page had, and the last uuid. */
    public record Result(int count, UUID last) {
    }

    public Result recompute(String family, UUID after, int size) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<ProductRow> rows = page(c, family, after, size);
            CatalogStructure catalog = cache.current();
            BatchLookups lookups = new BatchLookups(c, products, models);
            lookups.preloadModels(rows.stream().map(ProductRow::parent).toList());
            Map<UUID, List<CompletenessRow>> ratios = new LinkedHashMap<>();
            for (ProductRow row : rows) {
                ratios.put(row.uuid(), CompletenessCalculator.computeLayered(row.family(),
                        ProductPersister.valueLayers(row, lookups), catalog));
            }
            completeness.replace(c, ratios);
            return new Result(rows.size(), rows.isEmpty() ? after : rows.get(rows.size() - 1).uuid());
        }
    }

    /**
     * The page's products, kept from being deleted until this transaction ends (updates go on): completeness rows
     * have no foreign key, and a product deleted meanwhile would otherwise leave this batch's rows behind.
     */
    private List<ProductRow> page(Connection c, String family, UUID after, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ProductRepository.COLUMNS + " FROM product p"
                + " WHERE p.family = ? AND p.uuid > ? ORDER BY p.uuid LIMIT ? FOR KEY SHARE OF p")) {
            ps.setString(1, family);
            ps.setObject(2, after);
            ps.setInt(3, size);
            return products.readAll(ps);
        }
    }
}
