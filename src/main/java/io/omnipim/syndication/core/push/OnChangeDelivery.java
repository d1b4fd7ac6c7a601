package io.omnipim.syndication.core.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.platform.outbox.OutboxReader;
import io.omnipim.platform.outbox.OutboxReader.StoredEvent;
import io.omnipim.syndication.core.connector.ConnectorDefinitions;
import io.omnipim.syndication.core.connector.ConnectorRepository;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.connector.StoredConnector;
import io.omnipim.syndication.core.state.SyndicationStateRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers product changes to the {@code on_change: true} connectors of pushed types within seconds, by following
 * the outbox (consumer {@value #CONSUMER}). Events are taken once the oldest waiting one is {@code window} old, so a
 * burst of edits of one product within that window becomes one message; each product is mapped, and only what the
 * channel does not hold yet (hash differs, or a removal) is pushed. The cursor moves only after the push, so a crash
 * replays rather than loses. One node at a time (advisory lock).
 */
@ApplicationScoped
public class OnChangeDelivery {

    public static final String CONSUMER = "syndication-on-change";
    private static final long LOCK = 4242202L;
    private static final Logger LOG = Logger.getLogger(OnChangeDelivery.class);
    private static final int BATCH = 2000;
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(20);
    private static final Duration RECHECK = Duration.ofSeconds(30);

    private final OutboxReader outbox;
    private final ConnectorRepository repository;
    private final ConnectorService connectors;
    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final AgroalDataSource dataSource;
    private final Duration window;
    private volatile Listening last;

    public OnChangeDelivery(OutboxReader outbox, ConnectorRepository repository, ConnectorService connectors,
            CatalogSelection selection, CatalogReader reader, SyndicationStateRepository states,
            AgroalDataSource dataSource,
            PushConfig config) {
        this.outbox = outbox;
        this.repository = repository;
        this.connectors = connectors;
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.dataSource = dataSource;
        this.window = config.onChangeWindow();
    }

    @Scheduled(every = "${pim.syndication.push.on-change-poll:1s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void poll() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                return;
            }
            try {
                drain();
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("on-change delivery failed, retried at the next poll: %s", e.getMessage());
        }
    }

    /**
     * Batch after batch until caught up (or for at most {@link #DRAIN_BUDGET}): after a large import the backlog
     * must not hold back the next price change for minutes, one batch per poll.
     */
    private void drain() throws SQLException {
        long until = System.nanoTime() + DRAIN_BUDGET.toNanos();
        // the connectors are read and checked once per drain, not per batch: checking every definition for each
        // batch of an import's events was 4 % of the server's CPU during the import
        List<ConnectorDefinitions.Checked> listening = null;
        while (System.nanoTime() < until) {
            if (listening == null) {
                // the first event says whether there is anything to do; with no connector listening, the cursor
                // moves past every event without reading them
                if (!waiting(outbox.next(CONSUMER, 1))) {
                    return;
                }
                listening = listening();
                if (listening.isEmpty()) {
                    outbox.skipAll(CONSUMER);
                    return;
                }
            }
            List<StoredEvent> events = outbox.next(CONSUMER, BATCH);
            if (!waiting(events)) {
                return;
            }
            if (!drainBatch(events, listening)) {
                return;
            }
        }
    }

    /** Whether there are events and the oldest is old enough to take (a burst within the window becomes one). */
    private boolean waiting(List<StoredEvent> events) {
        return !events.isEmpty() && !events.get(0).createdAt().isAfter(OffsetDateTime.now().minus(window));
    }

    /** Handles one batch; true when it was full, so more may be waiting. */
    private boolean drainBatch(List<StoredEvent> events, List<ConnectorDefinitions.Checked> listening)
            throws SQLException {
        Set<UUID> products = new LinkedHashSet<>();
        for (StoredEvent e : events) {
            if ("product".equals(e.aggregateType())) {
                products.add(UUID.fromString(e.aggregateId()));
            } else if ("product_model".equals(e.aggregateType())) {
                products.addAll(reader.descendants(e.aggregateId()).products());
            }
        }
        if (!products.isEmpty()) {
            for (ConnectorDefinitions.Checked checked : listening) {
                deliver(checked, products);
            }
        }
        outbox.acknowledge(CONSUMER, events.get(events.size() - 1));
        return events.size() >= BATCH;
    }

    /**
     * The connectors that deliver on change and can deliver now, each checked once per batch: with none, events are
     * skipped (nothing to map).
     */
    private List<ConnectorDefinitions.Checked> listening() {
        List<StoredConnector> all = repository.all();
        // parsing and checking every definition each second was 2 % of the server's CPU during an import: they are
        // checked again when a connector or the structure changes, and at least every RECHECK (credentials)
        List<Object> key = new ArrayList<>();
        all.forEach(c -> key.add(c.code() + "@" + c.version()));
        key.add(reader.structure().revision());
        Listening last = this.last;
        if (last != null && last.key().equals(key) && System.nanoTime() - last.at() < RECHECK.toNanos()) {
            return last.connectors();
        }
        List<ConnectorDefinitions.Checked> checked = check(all);
        this.last = new Listening(key, System.nanoTime(), checked);
        return checked;
    }

    /** The connectors found listening, for the connectors and structure they were checked against. */
    private record Listening(List<Object> key, long at, List<ConnectorDefinitions.Checked> connectors) {
    }

    private List<ConnectorDefinitions.Checked> check(List<StoredConnector> all) {
        List<ConnectorDefinitions.Checked> out = new ArrayList<>();
        for (StoredConnector stored : all) {
            try {
                ConnectorDefinitions.Checked checked = connectors.usable(stored.code());
                if (checked.definition().onChange() && checked.type() instanceof PushedType type
                        && type.cannotDeliver(checked.definition()).isEmpty()) {
                    out.add(checked);
                }
            } catch (RuntimeException e) {
                // a connector that cannot run is listed with its problems; it delivers nothing
            }
        }
        return out;
    }

    private void deliver(ConnectorDefinitions.Checked checked, Set<UUID> products) {
        PushedType type = (PushedType) checked.type();
        ChangePlanner planner = new ChangePlanner(selection, reader, states, checked.definition(), type);
        List<UUID> all = new ArrayList<>(products);
        for (int from = 0; from < all.size(); from += 500) {
            List<ItemChange> changes = planner.planFor(all.subList(from, Math.min(all.size(), from + 500)));
            if (!changes.isEmpty()) {
                type.push(checked.definition(), changes);
            }
        }
        type.flush(checked.definition());
    }

    private static boolean advisory(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
