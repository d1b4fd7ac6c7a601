package io.omnipim.catalog.structure.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeGroup;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.catalog.structure.group.ProductGroup;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds the current {@link CatalogStructure} in memory. Every structure write bumps a revision in the database in
 * its transaction; {@link #current()} compares it (one indexed read) and reloads when another node, or this one,
 * changed something, so all nodes read their own and each other's writes.
 */
@ApplicationScoped
public class StructureCache {

    private final AgroalDataSource dataSource;
    private final StructureRepository repository;
    private final ObjectMapper json;
    private static final long READ_STALENESS_MS = 500;

    private volatile CatalogStructure snapshot;
    private volatile long checkedAt;

    public StructureCache(AgroalDataSource dataSource, StructureRepository repository, ObjectMapper json) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.json = json;
    }

    /** The structure as committed now (checks the revision). */
    public CatalogStructure current() {
        long revision = repository.revision();
        CatalogStructure s = snapshot;
        if (s != null && s.revision() == revision) {
            return s;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.revision() != revision) {
                // read in a transaction of its own: the cache only ever holds committed structure
                snapshot = QuarkusTransaction.requiringNew().call(() -> load(repository.revision()));
            }
            return snapshot;
        }
    }

    /**
     * For reads: the snapshot as of at most {@code READ_STALENESS_MS} ago, without a database round trip each time.
     * Writes on this node invalidate it at once; other nodes' structure changes are seen within that delay.
     */
    public CatalogStructure forRead() {
        CatalogStructure s = snapshot;
        if (s != null && System.currentTimeMillis() - checkedAt < READ_STALENESS_MS) {
            return s;
        }
        CatalogStructure fresh = current();
        checkedAt = System.currentTimeMillis();
        return fresh;
    }

    /** Forgets the snapshot (after a write on this node whose transaction may not be visible yet). */
    public void invalidate() {
        snapshot = null;
        checkedAt = 0;
    }

    private CatalogStructure load(long revision) {
        Map<String, List<String>> children = new HashMap<>();
        Map<String, Category> categories = typed("category", Category.class);
        categories.values().forEach(c -> {
            if (c.parent() != null) {
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c.code());
            }
        });
        Set<String> locales = new LinkedHashSet<>(typed("locale", io.omnipim.catalog.structure.locale.Locale.class)
                .keySet());
        return new CatalogStructure(revision, typed("attribute", Attribute.class),
                typed("attribute_group", AttributeGroup.class), options(), typed("family", Family.class),
                typed("family_variant", FamilyVariant.class), typed("channel", Channel.class), locales,
                typed("currency", Currency.class), typed("measurement_family", MeasurementFamily.class), categories,
                children, typed("association_type", AssociationType.class), typed("group", ProductGroup.class));
    }

    private <T> Map<String, T> typed(String kind, Class<T> type) {
        Map<String, T> out = new LinkedHashMap<>();
        for (StoredObject o : repository.all(kind)) {
            out.put(o.code(), json.convertValue(o.data(), type));
        }
        return out;
    }

    private Map<String, Map<String, AttributeOption>> options() {
        Map<String, Map<String, AttributeOption>> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT attribute, code, sort_order, labels::text FROM attribute_option ORDER BY attribute, sort_order, code");
                ResultSet rs = ps.executeQuery()) {
            TypeReference<Map<String, String>> labels = new TypeReference<>() {
            };
            while (rs.next()) {
                AttributeOption option = new AttributeOption(rs.getString(2), rs.getString(1), rs.getInt(3),
                        json.readValue(rs.getString(4), labels));
                out.computeIfAbsent(option.attribute(), k -> new LinkedHashMap<>()).put(option.code(), option);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not load attribute options", e);
        }
        return out;
    }
}
