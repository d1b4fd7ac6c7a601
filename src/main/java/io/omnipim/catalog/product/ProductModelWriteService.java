package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.completeness.CompletenessCalculator;
import io.omnipim.catalog.product.completeness.CompletenessRepository;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.history.HistoryDiff;
import io.omnipim.catalog.product.history.HistoryRepository;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.product.write.BatchLookups;
import io.omnipim.catalog.product.write.ProductModelUpdater;
import io.omnipim.catalog.product.write.UniqueClaims;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.outbox.Outbox;
import io.omnipim.platform.security.Author;

/**
 * Creates and updates product models. A model's values are inherited by its variants, so a change also refreshes
 * the completeness of the variant products below it, in the same transaction.
 */
@ApplicationScoped
public class ProductModelWriteService {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final ProductModelRepository models;
    private final CompletenessRepository completeness;
    private final HistoryRepository history;
    private final Outbox outbox;
    private final StructureCache cache;
    private final ProductPersister persister;

    public ProductModelWriteService(AgroalDataSource dataSource, ProductRepository products,
            ProductModelRepository models, CompletenessRepository completeness, HistoryRepository history,
            Outbox outbox, StructureCache cache, ProductPersister persister) {
        this.persister = persister;
        this.dataSource = dataSource;
        this.products = products;
        this.models = models;
        this.completeness = completeness;
        this.history = history;
        this.outbox = outbox;
        this.cache = cache;
    }

    /** One model to create or update; with {@code createOnly} (a POST) an existing model is refused, unwritten. */
    public record Command(int line, String code, ObjectNode patch, boolean createOnly) {

        /** A create-or-update (PATCH, imports). */
        public Command(int line, String code, ObjectNode patch) {
            this(line, code, patch, false);
        }
    }

    /** What happened: 201, 204 (updated when {@code changed}, else unchanged) or an error. */
    public record Outcome(int line, String code, int status, PimException error, boolean changed) {
    }

    @Transactional
    public List<Outcome> upsert(List<Command> commands, Author author) {
        return upsert(commands, author, false);
    }

    /** With {@code skipOtherLevels}, values of attributes owned by another level are ignored (flat imports). */
    @Transactional
    public List<Outcome> upsert(List<Command> commands, Author author, boolean skipOtherLevels) {
        try (Connection c = dataSource.getConnection()) {
            CatalogStructure catalog = cache.current();
            BatchLookups lookups = new BatchLookups(c, products, models);
            ValueContext context = new ValueContext(catalog, lookups::mediaExists, skipOtherLevels);
            List<Outcome> out = new ArrayList<>();
            Records records = new Records();
            for (Command cmd : commands) {
                out.add(one(c, cmd, catalog, context, lookups, author, records));
            }
            // one COPY each for the batch: an import writes hundreds of models per call
            history.insert(c, records.entries());
            outbox.recordAll(c, records.events());
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("product model write failed", e);
        }
    }

    /**
     * Deletes a model with everything below it (its sub-models and their variant products), as Akeneo does; each
     * deleted product and model leaves a history entry and an outbox event.
     */
    @Transactional
    public int delete(String code, Author author) {
        try (Connection c = dataSource.getConnection()) {
            ProductModelRow model = models.byCode(c, code, true).orElseThrow(() -> PimException.notFound(
                    "Product model \"" + code + "\" does not exist or you do not have permission to access it."));
            List<String> subModels = models.childModels(c, model.code());
            List<String> all = new ArrayList<>(subModels);
            all.add(model.code());
            List<ProductRow> variants;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ProductRepository.COLUMNS + " FROM product p"
                    + " WHERE p.parent = ANY(?) FOR UPDATE")) {
                ps.setArray(1, c.createArrayOf("text", all.toArray()));
                variants = products.read(ps);
            }
            for (ProductRow v : variants) {
                UniqueClaimsCleanup.release(c, v.uuid().toString());
                persister.deleted(c, v, author);
                products.delete(c, v.uuid());
            }
            for (String sub : subModels) {
                deleteModel(c, models.byCode(c, sub, true).orElseThrow(), author);
            }
            deleteModel(c, model, author);
            return variants.size() + all.size();
        } catch (SQLException e) {
            throw new IllegalStateException("product model delete failed", e);
        }
    }

    private void deleteModel(Connection c, ProductModelRow m, Author author) throws SQLException {
        UniqueClaimsCleanup.release(c, "model:" + m.code());
        models.delete(c, m.code());
        history.insert(c, List.of(new HistoryRepository.NewEntry("product_model", m.code(), m.version() + 1,
                author.display(), HistoryDiff.between(state(m), HistoryDiff.State.empty()))));
        outbox.recordAll(c, List.of(new Outbox.OutboxEvent("product_model", m.code(), m.version() + 1,
                Map.of("action", "deleted"))));
    }

    /** The history entries and events of a batch, written together after its last model. */
    private record Records(List<HistoryRepository.NewEntry> entries, List<Outbox.OutboxEvent> events) {

        Records() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private Outcome one(Connection c, Command cmd, CatalogStructure catalog, ValueContext context,
            BatchLookups lookups, Author author, Records records) throws SQLException {
        try {
            String given = cmd.patch().path("code").asText(null);
            if (given != null && !given.equalsIgnoreCase(cmd.code())) {
                throw PimException.unprocessable("The code \"" + given + "\" provided in the request body must match"
                        + " the code \"" + cmd.code() + "\" provided in the url.", List.of());
            }
            String problem = io.omnipim.catalog.product.values.Identifiers.problem(cmd.code());
            if (problem != null) {
                // Akeneo's rule for model codes is the identifier's: no comma, semicolon, line break or edge space
                throw PimException.unprocessable("Validation failed.", List.of(FieldError.of("code",
                        problem.replace("identifier", "code"))));
            }
            ProductModelRow existing = models.byCode(c, cmd.code(), true).orElse(null);
            if (cmd.createOnly() && existing != null) {
                throw PimException.unprocessable("Validation failed.", List.of(FieldError.of("code",
                        "The same code is already set on another product model: \"" + cmd.code()
                                + "\" exists already. Change it with PATCH, or choose another code.")));
            }
            ProductModelRow current = existing != null ? existing : blank(cmd.code());
            ProductModelUpdater.Result result = ProductModelUpdater.apply(current, existing == null, cmd.patch(),
                    context, lookups);
            if (!result.errors().isEmpty()) {
                throw PimException.unprocessable("Validation failed.", result.errors());
            }
            ProductModelRow next = result.row();
            if (existing != null && next.sameContent(existing)) {
                return new Outcome(cmd.line(), cmd.code(), 204, null, false);
            }
            List<FieldError> taken = UniqueClaims.replace(c, "model:" + next.code(), claims(next, catalog));
            if (!taken.isEmpty()) {
                throw PimException.unprocessable("Validation failed.", taken);
            }
            ProductModelRow saved = new ProductModelRow(next.code(), next.family(), next.familyVariant(),
                    next.parent(), next.categories(), next.values(), next.associations(), next.quantifiedAssociations(),
                    next.created(), OffsetDateTime.now(), existing == null ? 1 : existing.version() + 1);
            models.save(c, saved, existing == null);
            lookups.remember(saved);
            record(existing, saved, author, records);
            if (existing != null) {
                // a new model has no variants yet: nothing can name a parent before it exists
                refreshVariants(c, saved.code(), catalog, lookups);
            }
            return new Outcome(cmd.line(), cmd.code(), existing == null ? 201 : 204, null, true);
        } catch (PimException e) {
            return new Outcome(cmd.line(), cmd.code(), e.status(), e, false);
        }
    }

    private static Set<UniqueClaims.Claim> claims(ProductModelRow m, CatalogStructure catalog) {
        if (m.parent() == null) {
            return Set.of();
        }
        List<String> axes = catalog.familyVariant(m.familyVariant()).map(fv -> fv.level(1))
                .map(FamilyVariant.VariantAttributeSet::axes).orElse(List.of());
        return UniqueClaims.of(m.values(), m.parent(), axes, catalog).stream()
                .filter(claim -> claim.attribute().startsWith("__axes__")).collect(java.util.stream.Collectors.toSet());
    }

    private static void record(ProductModelRow before, ProductModelRow after, Author author, Records records) {
        records.entries().add(new HistoryRepository.NewEntry("product_model", after.code(), after.version(),
                author.display(), HistoryDiff.between(before == null ? HistoryDiff.State.empty() : state(before),
                        state(after))));
        records.events().add(new Outbox.OutboxEvent("product_model", after.code(), after.version(),
                Map.of("action", before == null ? "created" : "updated")));
    }

    static HistoryDiff.State state(ProductModelRow m) {
        return new HistoryDiff.State(HistoryDiff.State.props("family_variant", m.familyVariant(), "parent",
                m.parent(), "categories", m.categories()), m.values(), m.associations());
    }

    /** The variants below a model inherit its values: their completeness moves with it. */
    private void refreshVariants(Connection c, String code, CatalogStructure catalog, BatchLookups lookups)
            throws SQLException {
        List<ProductRow> variants;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ProductRepository.COLUMNS + " FROM product p"
                + " WHERE p.parent = ? OR p.parent IN (SELECT code FROM product_model WHERE parent = ?)")) {
            ps.setString(1, code);
            ps.setString(2, code);
            variants = products.read(ps);
        }
        Map<UUID, List<CompletenessRow>> ratios = new LinkedHashMap<>();
        for (ProductRow v : variants) {
            ratios.put(v.uuid(), CompletenessCalculator.computeLayered(v.family(),
                    ProductPersister.valueLayers(v, lookups), catalog));
        }
        completeness.replace(c, ratios);
    }

    private static ProductModelRow blank(String code) {
        OffsetDateTime now = OffsetDateTime.now();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new ProductModelRow(code, null, null, null, List.of(), nodes.objectNode(), nodes.objectNode(),
                nodes.objectNode(), now, now, 0);
    }
}
