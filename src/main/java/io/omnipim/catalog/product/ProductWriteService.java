package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.values.Identifiers;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.product.write.BatchLookups;
import io.omnipim.catalog.product.write.ProductUpdater;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.db.PlanCache;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;

/**
 * Creates and updates products, one or thousands at a time, in one transaction per call: rows locked and read in
 * one query, changes applied in memory, then rows, unique claims, completeness, history and outbox events written
 * in batches. A product whose content did not change is not written at all.
 */
@ApplicationScoped
public class ProductWriteService {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final ProductModelRepository models;
    private final StructureCache cache;
    private final ProductPersister persister;

    public ProductWriteService(AgroalDataSource dataSource, ProductRepository products, ProductModelRepository models,
            StructureCache cache, ProductPersister persister) {
        this.dataSource = dataSource;
        this.products = products;
        this.models = models;
        this.cache = cache;
        this.persister = persister;
    }

    @Transactional
    public List<ProductOutcome> upsert(List<ProductCommand> commands, Author author) {
        return upsert(commands, author, false);
    }

    /**
     * As {@link #upsert(List, Author)}; with {@code skipOtherLevels} a variant's values of attributes owned by its
     * models are ignored instead of refused (imports of flat files, which carry inherited values).
     */
    @Transactional
    public List<ProductOutcome> upsert(List<ProductCommand> commands, Author author, boolean skipOtherLevels) {
        return upsert(commands, author, skipOtherLevels, false);
    }

    /** With {@code checkOnly}, every rule is applied and nothing is written: what a dry run reports. */
    @Transactional
    public List<ProductOutcome> upsert(List<ProductCommand> commands, Author author, boolean skipOtherLevels,
            boolean checkOnly) {
        try (Connection c = dataSource.getConnection()) {
            return upsert(c, commands, author, skipOtherLevels, checkOnly);
        } catch (SQLException e) {
            throw new IllegalStateException("product write failed", e);
        }
    }

    /** Deletes a product (by identifier or uuid); its claims, completeness and row go, history and event stay. */
    @Transactional
    public void delete(String identifier, UUID uuid, Long expectedVersion, Author author) {
        try (Connection c = dataSource.getConnection()) {
            ProductRow row = (uuid != null
                    ? products.byUuid(c, uuid, true)
                    : products.byIdentifier(c, identifier, true))
                    .orElseThrow(() -> PimException.notFound("Product \"" + (uuid != null ? uuid : identifier)
                            + "\" does not exist or you do not have permission to access it."));
            checkVersion(new ProductCommand(0, identifier, uuid, null, expectedVersion), row);
            UniqueClaimsCleanup.release(c, row.uuid().toString());
            persister.deleted(c, row, author);
            products.delete(c, row.uuid());
        } catch (SQLException e) {
            throw new IllegalStateException("product delete failed", e);
        }
    }

    /** The write path on the caller's connection and transaction (for {@link ProductChangeService}). */
    List<ProductOutcome> upsert(Connection c, List<ProductCommand> commands, Author author,
            boolean skipOtherLevels, boolean checkOnly) throws SQLException {
        PlanCache.custom(c);
        CatalogStructure catalog = cache.current();
        BatchLookups lookups = new BatchLookups(c, products, models);
        ValueContext context = new ValueContext(catalog, lookups::mediaExists, skipOtherLevels);
        Map<UUID, ProductRow> original = loadExisting(c, commands);
        Map<UUID, ProductRow> working = new LinkedHashMap<>(original);
        Map<String, UUID> byIdentifier = new HashMap<>();
        original.values().forEach(r -> byIdentifier.put(Identifiers.key(r.identifier()), r.uuid()));
        lookups.preloadModels(commands.stream().map(cmd -> cmd.patch().path("parent").asText(null)).toList());
        List<ProductOutcome> outcomes = new ArrayList<>();
        Map<UUID, Integer> firstLine = new HashMap<>();
        for (ProductCommand cmd : commands) {
            ProductOutcome outcome = applyOne(cmd, working, byIdentifier, original, context, lookups);
            outcomes.add(outcome);
            if (outcome.ok() && outcome.uuid() != null) {
                firstLine.putIfAbsent(outcome.uuid(), cmd.line());
            }
        }
        Map<UUID, ProductRow> changed = new LinkedHashMap<>();
        working.forEach((uuid, row) -> {
            if (!row.sameContent(original.get(uuid)) || original.get(uuid) == null) {
                changed.put(uuid, row);
            }
        });
        java.util.Set<UUID> createdByIdentifier = new java.util.HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            ProductOutcome o = outcomes.get(i);
            if (o.ok() && o.status() == 201 && commands.get(i).identifier() != null) {
                createdByIdentifier.add(o.uuid());
            }
        }
        Map<UUID, List<FieldError>> refused = persister.persist(c, original, changed, createdByIdentifier, catalog,
                lookups, author, checkOnly);
        return refused.isEmpty() ? outcomes : markRefused(outcomes, refused);
    }

    private Map<UUID, ProductRow> loadExisting(Connection c, List<ProductCommand> commands) throws SQLException {
        List<String> identifiers = commands.stream().map(ProductCommand::identifier).filter(Objects::nonNull)
                .distinct().toList();
        List<UUID> uuids = commands.stream().map(ProductCommand::uuid).filter(Objects::nonNull).distinct().toList();
        Map<UUID, ProductRow> out = new LinkedHashMap<>();
        if (!identifiers.isEmpty()) {
            products.byIdentifiers(c, identifiers).values().forEach(r -> out.put(r.uuid(), r));
        }
        if (!uuids.isEmpty()) {
            out.putAll(products.byUuids(c, uuids, true));
        }
        return out;
    }

    private ProductOutcome applyOne(ProductCommand cmd, Map<UUID, ProductRow> working, Map<String, UUID> byIdentifier,
            Map<UUID, ProductRow> original, ValueContext context, BatchLookups lookups) {
        try {
            ProductRow current = resolve(cmd, working, byIdentifier);
            if (cmd.createOnly() && current != null) {
                throw taken(cmd, current);
            }
            boolean isNew = current == null;
            checkVersion(cmd, current);
            if (isNew) {
                current = blank(cmd, context.catalog());
            }
            ObjectNode patch = withUrlIdentifier(cmd, current, isNew);
            ProductUpdater.Result result = ProductUpdater.apply(current, patch, cmd.values(), context, lookups);
            if (!result.errors().isEmpty()) {
                throw PimException.unprocessable("Validation failed.", result.errors());
            }
            ProductRow next = result.row();
            if (next.identifier() == null && cmd.uuid() == null) {
                throw PimException.unprocessable("Validation failed.",
                        List.of(FieldError.of("identifier", "The identifier must not be empty.")));
            }
            if (!isNew && next.sameContent(current)) {
                return new ProductOutcome(cmd.line(), current.identifier(), current.uuid(), 204, current.version(),
                        null, false);
            }
            checkIdentifierFree(next, byIdentifier);
            long version = original.containsKey(next.uuid()) ? original.get(next.uuid()).version() + 1 : 1;
            ProductRow saved = new ProductRow(next.uuid(), next.identifier(), next.enabled(), next.family(),
                    next.parent(), next.categories(), next.groups(), next.values(), next.associations(),
                    next.quantifiedAssociations(), next.created(), OffsetDateTime.now(), version);
            if (current.identifier() != null) {
                byIdentifier.remove(Identifiers.key(current.identifier()));
            }
            working.put(saved.uuid(), saved);
            if (saved.identifier() != null) {
                byIdentifier.put(Identifiers.key(saved.identifier()), saved.uuid());
            }
            boolean created = isNew && !original.containsKey(saved.uuid());
            return new ProductOutcome(cmd.line(), saved.identifier(), saved.uuid(), created ? 201 : 204, version, null,
                    true);
        } catch (PimException e) {
            return new ProductOutcome(cmd.line(), cmd.identifier(), cmd.uuid(), e.status(), 0, e, false);
        }
    }

    private static ProductRow resolve(ProductCommand cmd, Map<UUID, ProductRow> working, Map<String, UUID> byId) {
        if (cmd.uuid() != null) {
            return working.get(cmd.uuid());
        }
        UUID uuid = byId.get(Identifiers.key(cmd.identifier()));
        return uuid == null ? null : working.get(uuid);
    }

    /** Akeneo's refusal of a POST whose product exists, naming it; the message starts as Akeneo's does. */
    private static PimException taken(ProductCommand cmd, ProductRow existing) {
        boolean byUuid = cmd.uuid() != null;
        String name = byUuid ? "uuid" : "identifier";
        return PimException.unprocessable("Validation failed.", List.of(FieldError.of(name, "The same " + name
                + " is already set on another product: \"" + (byUuid ? cmd.uuid() : existing.identifier())
                + "\" exists already. Change it with PATCH, or choose another " + name + ".")));
    }

    private static void checkVersion(ProductCommand cmd, ProductRow current) {
        if (cmd.expectedVersion() != null && (current == null || current.version() != cmd.expectedVersion())) {
            throw new PimException(412, "The product was changed by someone else since you read it (the ETag in"
                    + " If-Match is not the current one). Read it again and reapply your change.");
        }
    }

    private static ProductRow blank(ProductCommand cmd, CatalogStructure catalog) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        OffsetDateTime now = OffsetDateTime.now();
        return new ProductRow(cmd.uuid() == null ? Uuids.newUuid() : cmd.uuid(), null, true, null, null, List.of(),
                List.of(), values, JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(), now,
                now, 0);
    }

    /**
     * On {@code /products/{identifier}} the URL names the product: the body may repeat it, not change it. Naming
     * an existing product in another case ({@code sku-abc} for {@code SKU-ABC}) finds it and keeps its identifier.
     */
    private static ObjectNode withUrlIdentifier(ProductCommand cmd, ProductRow current, boolean isNew) {
        if (cmd.identifier() == null) {
            return cmd.patch();
        }
        String given = cmd.patch().path("identifier").asText(null);
        if (given != null && !given.equalsIgnoreCase(cmd.identifier())) {
            throw PimException.unprocessable("The identifier \"" + given + "\" provided in the request body must"
                    + " match the identifier \"" + cmd.identifier() + "\" provided in the url.", List.of());
        }
        if (!isNew && (given == null || given.equals(current.identifier()))) {
            return cmd.patch();
        }
        if (!isNew && given.equalsIgnoreCase(current.identifier())) {
            ObjectNode patch = cmd.patch().deepCopy();
            patch.remove("identifier");
            return patch;
        }
        if (isNew && cmd.identifier().equals(given)) {
            // the body already names the product (every imported row does): no copy of the whole body needed
            return cmd.patch();
        }
        ObjectNode patch = cmd.patch().deepCopy();
        patch.set("identifier", TextNode.valueOf(cmd.identifier()));
        return patch;
    }

    private static void checkIdentifierFree(ProductRow next, Map<String, UUID> byIdentifier) {
        UUID owner = next.identifier() == null ? null : byIdentifier.get(Identifiers.key(next.identifier()));
        if (owner != null && !owner.equals(next.uuid())) {
            throw PimException.unprocessable("Validation failed.", List.of(FieldError.of("identifier",
                    ProductPersister.identifierTaken(next.identifier()))));
        }
    }

    private static List<ProductOutcome> markRefused(List<ProductOutcome> outcomes,
            Map<UUID, List<FieldError>> refused) {
        List<ProductOutcome> out = new ArrayList<>();
        for (ProductOutcome o : outcomes) {
            List<FieldError> errors = o.uuid() == null ? null : refused.get(o.uuid());
            out.add(errors == null || !o.ok()
                    ? o
                    : new ProductOutcome(o.line(), o.identifier(), o.uuid(), 422, 0,
                            PimException.unprocessable("Validation failed.", errors), false));
        }
        return out;
    }
}
