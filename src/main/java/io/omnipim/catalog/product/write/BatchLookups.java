package io.omnipim.catalog.product.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.omnipim.catalog.product.ProductModelRepository;
import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.ProductRepository;
import io.omnipim.catalog.product.values.Identifiers;

/** {@link Lookups} on one connection, remembering answers for the length of a batch. */
public final class BatchLookups implements Lookups {

    private final Connection connection;
    private final ProductRepository products;
    private final ProductModelRepository models;
    private final Map<String, Optional<ProductModelRow>> modelCache = new HashMap<>();
    private final Map<String, Boolean> mediaCache = new HashMap<>();

    public BatchLookups(Connection connection, ProductRepository products, ProductModelRepository models) {
        this.connection = connection;
        this.products = products;
        this.models = models;
    }

    /**
     * Loads these models in one query (the parents a batch of variants refers to). Codes match in any case, so the
     * cache is keyed by {@link Identifiers#key}.
     */
    public void preloadModels(Collection<String> codes) {
        List<String> missing = codes.stream().filter(c -> c != null && !modelCache.containsKey(Identifiers.key(c)))
                .distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            Map<String, ProductModelRow> found = new HashMap<>();
            models.byCodes(connection, missing).values().forEach(m -> found.put(Identifiers.key(m.code()), m));
            missing.forEach(code -> modelCache.put(Identifiers.key(code),
                    Optional.ofNullable(found.get(Identifiers.key(code)))));
            List<String> parents = found.values().stream().map(ProductModelRow::parent)
                    .filter(p -> p != null && !modelCache.containsKey(Identifiers.key(p))).toList();
            if (!parents.isEmpty()) {
                preloadModels(parents);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers a model written earlier in this batch. */
    public void remember(ProductModelRow model) {
        modelCache.put(Identifiers.key(model.code()), Optional.of(model));
    }

    @Override
    public Optional<ProductModelRow> model(String code) {
        preloadModels(List.of(code));
        return modelCache.get(Identifiers.key(code));
    }

    @Override
    public List<ProductModelRow> lineage(String code) {
        List<ProductModelRow> out = new ArrayList<>();
        String next = code;
        while (next != null && out.size() < 3) {
            Optional<ProductModelRow> model = model(next);
            if (model.isEmpty()) {
                break;
            }
            out.add(model.get());
            next = model.get().parent();
        }
        return out;
    }

    @Override
    public Set<String> missingProducts(Collection<String> identifiers) {
        Map<String, String> stored = storedProducts(identifiers);
        Set<String> missing = new LinkedHashSet<>();
        identifiers.stream().filter(i -> !stored.containsKey(i)).forEach(missing::add);
        return missing;
    }

    @Override
    public Map<String, String> storedProducts(Collection<String> identifiers) {
        try {
            Map<String, String> byKey = new HashMap<>();
            products.existingIdentifiers(connection, identifiers).forEach(i -> byKey.put(Identifiers.key(i), i));
            Map<String, String> out = new java.util.LinkedHashMap<>();
            identifiers.forEach(i -> {
                String found = byKey.get(Identifiers.key(i));
                if (found != null) {
                    out.put(i, found);
                }
            });
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<String> missingModels(Collection<String> codes) {
        preloadModels(codes);
        Set<String> missing = new LinkedHashSet<>();
        codes.forEach(code -> {
            if (modelCache.get(Identifiers.key(code)).isEmpty()) {
                missing.add(code);
            }
        });
        return missing;
    }

    /** Whether a media file exists (asked once per code per batch). */
    public boolean mediaExists(String code) {
        return mediaCache.computeIfAbsent(code, k -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM media_file WHERE code = ?")) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
