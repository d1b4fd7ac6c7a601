package io.omnipim.catalog.product.completeness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.outbox.OutboxReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps completeness right when the structure changes: it follows the outbox and, when a family's requirements,
 * a channel's locales or currencies, or an attribute change, recomputes only the products of the families
 * concerned, in the background, in batches of their own transactions. One node at a time does it (advisory lock).
 */
@ApplicationScoped
public class CompletenessRecomputer {

    static final String CONSUMER = "completeness";
    private static final Logger LOG = Logger.getLogger(CompletenessRecomputer.class);
    private static final int BATCH = 1000;

    private final OutboxReader outbox;
    private final AgroalDataSource dataSource;
    private final StructureCache cache;
    private final CompletenessBatch batch;
    private final ObjectMapper json;

    public CompletenessRecomputer(OutboxReader outbox, AgroalDataSource dataSource, StructureCache cache,
            CompletenessBatch batch, ObjectMapper json) {
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.cache = cache;
        this.batch = batch;
        this.json = json;
    }

    @Scheduled(every = "${pim.completeness.poll:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void poll() {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                return;
            }
            try {
                drain();
            } finally {
                unlock(lock);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("completeness recompute will retry: %s", e.getMessage());
        }
    }

    /** Handles the pending events; returns how many products were recomputed. */
    public int drain() throws SQLException {
        int recomputed = 0;
        List<OutboxReader.StoredEvent> events = outbox.next(CONSUMER, 500);
        while (!events.isEmpty()) {
            Set<String> families = familiesConcerned(events, cache.current());
            for (String family : families) {
                recomputed += recomputeFamily(family);
            }
            outbox.acknowledge(CONSUMER, events.get(events.size() - 1));
            events = outbox.next(CONSUMER, 500);
        }
        return recomputed;
    }

    private Set<String> familiesConcerned(List<OutboxReader.StoredEvent> events, CatalogStructure catalog) {
        Set<String> out = new LinkedHashSet<>();
        for (OutboxReader.StoredEvent e : events) {
            if (!"structure".equals(e.aggregateType()) || e.changeJson() == null) {
                continue;
            }
            JsonNode change = read(e.changeJson());
            String kind = change.path("kind").asText();
            String code = change.path("code").asText();
            if ("family".equals(kind)) {
                out.add(code);
            } else if ("channel".equals(kind) || "currency".equals(kind)) {
                out.addAll(catalog.families().keySet());
            } else if ("attribute".equals(kind)) {
                catalog.families().values().stream().filter(f -> f.attributes().contains(code))
                        .forEach(f -> out.add(f.code()));
            }
        }
        return out;
    }

    private int recomputeFamily(String family) {
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the smallest
        int total = 0;
        while (true) {
            UUID from = after;
            CompletenessBatch.Result result = QuarkusTransaction.requiringNew()
                    .call(() -> batch.recompute(family, from, BATCH));
            total += result.count();
            if (result.count() < BATCH) {
                break;
            }
            after = result.last();
        }
        if (total > 0) {
            LOG.infof("completeness recomputed for %d products of family %s", total, family);
        }
        return total;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(4242003)");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(4242003)")) {
            ps.execute();
        }
    }
}
