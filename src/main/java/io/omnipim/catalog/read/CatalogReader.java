package io.omnipim.catalog.read;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.ProductRow;

/**
 * The catalog's read door for other features (search, syndication): documents with their inherited values, full
 * scans in keyset order, fingerprints for consistency checks, and the structure, all as records. Every method
 * reads committed data on a connection of its own, outside any transaction of the caller.
 */
@ApplicationScoped
public class CatalogReader {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final DocumentAssembler assembler;
    private final StructureReader structure;

    public CatalogReader(AgroalDataSource dataSource, ProductRepository products, DocumentAssembler assembler,
            StructureReader structure) {
        this.dataSource = dataSource;
        this.products = products;
        this.assembler = assembler;
        this.structure = structure;
    }

    /** The models and products below a model (sub-models, and variants of the model and of its sub-models). */
    public record Descendants(List<String> models, List<UUID> products) {
    }

    public ReadStructure structure() {
        return structure.current();
    }

    /** The products that exist among these uuids, in uuid order. */
    public List<IndexDocument> documents(Collection<UUID> uuids) {
        return documents(uuids, true);
    }

    /**
     * The same documents without their completeness, their fingerprint leaving it out too: for readers that map
     * values only (connector runs), one query less per page.
     */
    public List<IndexDocument> documentsWithoutCompleteness(Collection<UUID> uuids) {
        return documents(uuids, false);
    }

    private List<IndexDocument> documents(Collection<UUID> uuids, boolean withCompleteness) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ProductRepository.COLUMNS
                    + " FROM product p WHERE p.uuid = ANY(?) ORDER BY p.uuid")) {
                ps.setArray(1, c.createArrayOf("uuid", uuids.toArray()));
                return assembler.products(c, products.readAll(ps), structure(), withCompleteness);
            }
        });
    }

    /** The product with this identifier, if it exists. */
    public Optional<IndexDocument> product(String identifier) {
        return read(c -> {
            Optional<ProductRow> row = products.byIdentifier(c, identifier, false);
            return row.isEmpty()
                    ? Optional.<IndexDocument>empty()
                    : Optional.of(assembler.products(c, List.of(row.get()), structure()).get(0));
        });
    }

    /** The product models that exist among these codes. */
    public List<IndexDocument> modelDocuments(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return read(c -> assembler.models(c, List.copyOf(codes), structure()));
    }

    /** A page of product uuids in uuid order, after {@code after} (null: from the start): cheap, keys only. */
    public List<UUID> productUuidsAfter(UUID after, int size) {
        return read(c -> CatalogScan.productUuidsAfter(c, after, size));
    }

    /** The documents of the products with {@code after < uuid <= last}: one page found by {@link #productUuidsAfter}. */
    public List<IndexDocument> productsBetween(UUID after, UUID last) {
        return read(c -> assembler.products(c, CatalogScan.productsBetween(c, products, after, last), structure()));
    }

    /** The codes of a page of product models in code order, after {@code after} (null: from the start). */
    public List<String> modelCodesAfter(String after, int size) {
        return read(c -> CatalogScan.modelCodesAfter(c, after, size));
    }

    public long productCount() {
        return read(c -> CatalogScan.count(c, "product"));
    }

    public long modelCount() {
        return read(c -> CatalogScan.count(c, "product_model"));
    }

    /** What inherits from a model: its sub-models and the products of the model and its sub-models. */
    public Descendants descendants(String modelCode) {
        return read(c -> {
            List<String> models = CatalogScan.childModels(c, List.of(modelCode));
            List<String> parents = new ArrayList<>(models);
            parents.add(modelCode);
            return new Descendants(models, CatalogScan.variantProducts(c, parents));
        });
    }

    /**
     * uuid → fingerprint (see {@link IndexDocument#fingerprint()}) of every product whose uuid starts with this hex
     * digit: sixteen buckets cover the catalog.
     */
    public Map<String, String> productFingerprints(char hexDigit) {
        return read(c -> CatalogScan.productFingerprints(c, Character.toLowerCase(hexDigit)));
    }

    /** code → fingerprint of every product model. */
    public Map<String, String> modelFingerprints() {
        return read(CatalogScan::modelFingerprints);
    }

    /**
     * Whether completeness already reflects the structure change of outbox event (xid, id): the catalog recomputes
     * it in the background after a family, channel or attribute change.
     */
    public boolean completenessSettled(String xid, long eventId) {
        return read(c -> CatalogScan.completenessSettled(c, xid, eventId));
    }

    /** An amount in the standard unit of a measurement family, or null when the family or unit is unknown. */
    public BigDecimal toStandardUnit(String metricFamily, String unit, BigDecimal amount) {
        return structure.toStandardUnit(metricFamily, unit, amount);
    }

    private <T> T read(Query<T> query) {
        try (Connection c = dataSource.getConnection()) {
            return query.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog read failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Query<T> {

        T run(Connection c) throws SQLException;
    }
}
