package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.completeness.CompletenessCalculator;
import io.omnipim.catalog.product.completeness.CompletenessRepository;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.product.history.Change;
import io.omnipim.catalog.product.history.HistoryDiff;
import io.omnipim.catalog.product.history.HistoryRepository;
import io.omnipim.catalog.product.values.Identifiers;
import io.omnipim.catalog.product.write.BatchLookups;
import io.omnipim.catalog.product.write.UniqueClaims;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.platform.db.PlanCache;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.outbox.Outbox;
import io.omnipim.platform.security.Author;

/**
 * Writes a batch of changed products: unique claims first (a product whose unique value is taken is refused), then
 * the rows, their completeness, their history and their outbox events, each as one batched statement.
 */
@ApplicationScoped
public class ProductPersister {

    private final ProductRepository products;
    private final CompletenessRepository completeness;
    private final HistoryRepository history;
    private final Outbox outbox;

    public ProductPersister(ProductRepository products, CompletenessRepository completeness, HistoryRepository history,
            Outbox outbox) {
        this.products = products;
        this.completeness = completeness;
        this.history = history;
        this.outbox = outbox;
    }

    /** Returns the products refused (uuid → errors); all others are written. */
    Map<UUID, List<FieldError>> persist(Connection c, Map<UUID, ProductRow> original, Map<UUID, ProductRow> changed,
            Set<UUID> createdByIdentifier, CatalogStructure catalog, BatchLookups lookups, Author author)
            throws SQLException {
        return persist(c, original, changed, createdByIdentifier, catalog, lookups, author, false);
    }

    /** With {@code checkOnly}, says what would be refused and writes nothing (a dry run). */
    Map<UUID, List<FieldError>> persist(Connection c, Map<UUID, ProductRow> original, Map<UUID, ProductRow> changed,
            Set<UUID> createdByIdentifier, CatalogStructure catalog, BatchLookups lookups, Author author,
            boolean checkOnly) throws SQLException {
        Map<UUID, List<FieldError>> refused = new HashMap<>(identifierConflicts(c, original, changed));
        for (UUID uuid : refused.keySet()) {
            if (createdByIdentifier.contains(uuid)) {
                // another writer created this identifier since we looked: retrying turns our create into an update
                throw new UniqueClaims.ConcurrentClaimException("identifier");
            }
        }
        Map<String, Set<UniqueClaims.Claim>> claimsToWrite = new LinkedHashMap<>();
        List<String> unique = UniqueClaims.uniqueAttributes(catalog);
        for (ProductRow row : changed.values()) {
            if (refused.containsKey(row.uuid())) {
                continue;
            }
            Set<UniqueClaims.Claim> claims = claims(row, unique, catalog, lookups);
            ProductRow before = original.get(row.uuid());
            Set<UniqueClaims.Claim> previous = before == null ? Set.of() : claims(before, unique, catalog, lookups);
            if (!claims.equals(previous)) {
                claimsToWrite.put(row.uuid().toString(), claims);
            }
        }
        Set<String> created = new HashSet<>();
        changed.keySet().stream().filter(u -> !original.containsKey(u)).forEach(u -> created.add(u.toString()));
        (checkOnly
                ? UniqueClaims.checkAll(c, claimsToWrite)
                : UniqueClaims.replaceAll(c, claimsToWrite, created))
                .forEach((owner, errors) -> refused.put(UUID.fromString(owner), errors));
        if (checkOnly) {
            return refused;
        }
        List<ProductRow> inserts = new ArrayList<>();
        List<ProductRow> updates = new ArrayList<>();
        for (ProductRow row : changed.values()) {
            if (!refused.containsKey(row.uuid())) {
                (original.containsKey(row.uuid()) ? updates : inserts).add(row);
            }
        }
        writeRows(c, inserts, updates, author);
        List<ProductRow> written = new ArrayList<>(inserts);
        written.addAll(updates);
        writeDerived(c, original, written, catalog, lookups, author);
        return refused;
    }

    /** Each new row's parent key check and each row's update run once per row: they keep their cached plans. */
    private void writeRows(Connection c, List<ProductRow> inserts, List<ProductRow> updates, Author author)
            throws SQLException {
        if (inserts.isEmpty() && updates.isEmpty()) {
            return;
        }
        PlanCache.cached(c);
        products.insert(c, inserts, author.display());
        products.update(c, updates);
        PlanCache.custom(c);
    }

    private void writeDerived(Connection c, Map<UUID, ProductRow> original, List<ProductRow> written,
            CatalogStructure catalog, BatchLookups lookups, Author author) throws SQLException {
        Map<UUID, List<CompletenessRow>> ratios = new LinkedHashMap<>();
        List<HistoryRepository.NewEntry> entries = new ArrayList<>();
        List<Outbox.OutboxEvent> events = new ArrayList<>();
        List<Outbox.BatchItem> creations = new ArrayList<>();
        List<HistoryRepository.Completion> completions = new ArrayList<>();
        Set<UUID> created = new HashSet<>();
        for (ProductRow row : written) {
            ratios.put(row.uuid(),
                    CompletenessCalculator.computeLayered(row.family(), valueLayers(row, lookups), catalog));
            ProductRow before = original.get(row.uuid());
            String uuid = row.uuid().toString();
            String identifier = row.identifier() == null ? "" : row.identifier();
            if (before == null) {
                // no history entry yet: while the product stays at version 1 its creation is read from its row
                // (author, time, content), and its first change or its deletion writes the entry
                created.add(row.uuid());
                creations.add(new Outbox.BatchItem(uuid, row.version(), Map.of("identifier", identifier)));
                continue;
            }
            if (before.version() == 1) {
                completions.add(creation(before));
            }
            List<Change> changes = HistoryDiff.between(state(before), state(row));
            entries.add(new HistoryRepository.NewEntry("product", uuid, row.version(), author.display(), changes));
            events.add(new Outbox.OutboxEvent("product", uuid, row.version(), Map.of("identifier", identifier,
                    "action", "updated", "fields", changes.stream().map(Change::field).toList())));
        }
        completeness.replace(c, ratios, created);
        history.complete(c, completions);
        history.insert(c, entries);
        // the batch's new products are one outbox row: an import writes a million
        outbox.recordBatch(c, "product", "created", creations);
        outbox.recordAll(c, events);
    }

    /** The changes of a product's creation: all it held at version 1. */
    static List<Change> creationChanges(ProductRow atVersionOne) {
        return HistoryDiff.between(HistoryDiff.State.empty(), state(atVersionOne));
    }

    private static HistoryRepository.Completion creation(ProductRow atVersionOne) {
        return new HistoryRepository.Completion(atVersionOne.uuid().toString(), creationChanges(atVersionOne));
    }

    /**
     * Records the deletion in history and the outbox; called before the row is deleted, as a product deleted at
     * version 1 gets its creation entry from its row first.
     */
    void deleted(Connection c, ProductRow row, Author author) throws SQLException {
        if (row.version() == 1) {
            history.complete(c, List.of(creation(row)));
        }
        history.insert(c, List.of(new HistoryRepository.NewEntry("product", row.uuid().toString(), row.version() + 1,
                author.display(), HistoryDiff.between(state(row), HistoryDiff.State.empty()))));
        outbox.recordAll(c, List.of(new Outbox.OutboxEvent("product", row.uuid().toString(), row.version() + 1,
                Map.of("identifier", row.identifier() == null ? "" : row.identifier(), "action", "deleted"))));
    }

    /** The product's values, then its model's, then the root model's. */
    public static List<ObjectNode> valueLayers(ProductRow row, BatchLookups lookups) {
        if (row.parent() == null) {
            return List.of(row.values());
        }
        List<ObjectNode> layers = new ArrayList<>();
        layers.add(row.values());
        lookups.lineage(row.parent()).forEach(m -> layers.add(m.values()));
        return layers;
    }

    static HistoryDiff.State state(ProductRow r) {
        return new HistoryDiff.State(HistoryDiff.State.props("identifier", r.identifier(), "enabled", r.enabled(),
                "family", r.family(), "parent", r.parent(), "categories", r.categories(), "groups", r.groups()),
                r.values(), r.associations());
    }

    private static Set<UniqueClaims.Claim> claims(ProductRow row, List<String> unique, CatalogStructure catalog,
            BatchLookups lookups) {
        List<String> axes = List.of();
        if (row.parent() != null) {
            axes = lookups.model(row.parent()).flatMap(m -> catalog.familyVariant(m.familyVariant()))
                    .map(fv -> fv.level(fv.levels())).map(FamilyVariant.VariantAttributeSet::axes).orElse(List.of());
        }
        return UniqueClaims.of(row.values(), row.parent(), axes, unique);
    }

    /** Akeneo's words for a taken identifier, naming it and saying what to do. */
    static String identifierTaken(String identifier) {
        return "The same identifier is already set on another product: \"" + identifier
                + "\" is taken, choose another identifier.";
    }

    /** A changed identifier must not belong to a product outside this batch. */
    private static Map<UUID, List<FieldError>> identifierConflicts(Connection c, Map<UUID, ProductRow> original,
            Map<UUID, ProductRow> changed) throws SQLException {
        Map<String, UUID> wanted = new HashMap<>();
        for (ProductRow row : changed.values()) {
            ProductRow before = original.get(row.uuid());
            if (row.identifier() != null && (before == null || !row.identifier().equals(before.identifier()))) {
                wanted.put(Identifiers.key(row.identifier()), row.uuid());
            }
        }
        Map<UUID, List<FieldError>> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c
                .prepareStatement("SELECT identifier, uuid FROM product WHERE lower(identifier)"
                        + ProductRepository.IN_ANY_CASE)) {
            ps.setArray(1, c.createArrayOf("text", wanted.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID owner = rs.getObject(2, UUID.class);
                    UUID claimant = wanted.get(Identifiers.key(rs.getString(1)));
                    if (claimant != null && !owner.equals(claimant) && !changed.containsKey(owner)) {
                        out.put(claimant, List.of(FieldError.of("identifier", identifierTaken(rs.getString(1)))));
                    }
                }
            }
        }
        return out;
    }
}
