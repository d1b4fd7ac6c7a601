package io.omnipim.search.indexer;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.outbox.OutboxReader;
import io.omnipim.platform.outbox.OutboxReader.StoredEvent;
import io.omnipim.search.NodeLock;
import io.omnipim.search.SearchConfig;
import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.IndexMapping;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the index in step with the catalog by following the outbox (consumer {@value #CONSUMER}), at least once:
 * a batch is acknowledged only after Elasticsearch took it. One node at a time indexes (advisory lock). While
 * Elasticsearch fails, the indexer logs one line per attempt and waits longer each time (up to
 * {@code pim.search.max-backoff}); catalog writes never wait for it, their events simply accumulate.
 */
@ApplicationScoped
public class SearchIndexer {

    public static final String CONSUMER = "search-indexer";
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    private final OutboxReader outbox;
    private final ChangeApplier applier;
    private final CatalogIndex index;
    private final AgroalDataSource dataSource;
    private final SearchConfig config;
    private final IndexLag lag;
    private final Event<RebuildRequested> rebuilds;
    private volatile Instant retryAt = Instant.EPOCH;
    private volatile int failures;
    private volatile boolean aliasChecked;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    /** Reads the next batch ahead of the one being written (see {@link #drainLocked}). */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer-read-ahead");
        t.setDaemon(true);
        return t;
    });

    public SearchIndexer(OutboxReader outbox, ChangeApplier applier, CatalogIndex index, AgroalDataSource dataSource,
            SearchConfig config, IndexLag lag, Event<RebuildRequested> rebuilds) {
        this.outbox = outbox;
        this.applier = applier;
        this.index = index;
        this.dataSource = dataSource;
        this.config = config;
        this.lag = lag;
        this.rebuilds = rebuilds;
    }

    /**
     * Polls on a thread of its own, with a fixed delay between turns (so never two at once): Quarkus's scheduler
     * does not go below one second, and a quarter of a second is what keeps a saved change findable at once.
     */
    void onStart(@Observes StartupEvent started) {
        poller.scheduleWithFixedDelay(this::pollSafely, config.pollDelay().toMillis(),
                config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An executor stops a periodic task for good after one uncaught throwable: none may escape. */
    private void pollSafely() {
        try {
            poll();
        } catch (Throwable e) {
            LOG.errorf(e, "search indexer turn failed");
        }
    }

    void poll() {
        try {
            // measured even while waiting to retry: the lag grows while Elasticsearch is away
            lag.pending(outbox.pending(CONSUMER));
            lag.secondsBehind(outbox.secondsBehind(CONSUMER));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("index lag not measured: %s", e.getMessage());
        }
        if (Instant.now().isBefore(retryAt)) {
            return;
        }
        try {
            Optional<NodeLock> lock = NodeLock.tryAcquire(dataSource, NodeLock.INDEXER);
            if (lock.isPresent()) {
                try (NodeLock held = lock.get()) {
                    drainLocked();
                }
            }
            failures = 0;
            lag.lastError(null);
        } catch (SQLException | RuntimeException e) {
            aliasChecked = false;
            failures++;
            long wait = Math.min(config.maxBackoff().toSeconds(), 1L << Math.min(failures - 1, 16));
            retryAt = Instant.now().plusSeconds(wait);
            lag.lastError(e.getMessage());
            LOG.warnf("search indexing failed (attempt %d, next in %d s): %s", failures, wait, e.getMessage());
        }
    }

    /**
     * Handles every pending event now (waiting for another node's turn to end), then makes the writes visible:
     * for tests and operators who need the index current at once. Returns the events handled, or -1 while the
     * index does not exist yet (the rebuild at start is still creating it).
     */
    public int drainNow() throws SQLException {
        try (NodeLock held = NodeLock.acquire(dataSource, NodeLock.INDEXER, Duration.ofSeconds(30))) {
            if (!aliasUsable()) {
                return -1;
            }
            int handled = drainLocked();
            index.refresh(index.alias());
            retryAt = Instant.EPOCH;
            failures = 0;
            return handled;
        }
    }

    /**
     * Works through the outbox batch by batch. While Elasticsearch takes one batch, the next one is read from the
     * outbox and the catalog on another thread, so the database, this JVM and Elasticsearch work at the same time
     * during a catch-up. A batch is acknowledged only once written; the one read ahead is simply read again after a
     * failure. When caught up, the index is refreshed at once rather than at its next periodic refresh: a change
     * saved a moment ago is then found by the next search.
     */
    private int drainLocked() throws SQLException {
        if (!aliasUsable()) {
            return 0;
        }
        String alias = index.alias();
        int size = config.batchSize();
        int total = 0;
        Future<ChangeApplier.Prepared> next = prepare(outbox.next(CONSUMER, size), alias);
        try {
            while (next != null) {
                ChangeApplier.Prepared current = await(next);
                // a read that ends on a batch row holds more than size events
                next = current.complete() && current.events().size() >= size
                        ? prepare(outbox.nextAfter(current.events().get(current.events().size() - 1), size), alias)
                        : null;
                applier.write(current);
                if (current.handled() > 0) {
                    outbox.acknowledge(CONSUMER, current.lastHandled());
                    total += current.handled();
                    // two index reads: the health check and metrics follow a long catch-up as it goes
                    lag.pending(outbox.pending(CONSUMER));
                }
                if (!current.complete()) {
                    break;
                }
            }
        } finally {
            if (next != null) {
                next.cancel(true);
            }
        }
        if (total > 0 && total < size) {
            index.refresh(alias);
        }
        lag.pending(outbox.pending(CONSUMER));
        lag.secondsBehind(outbox.secondsBehind(CONSUMER));
        return total;
    }

    private Future<ChangeApplier.Prepared> prepare(List<StoredEvent> events, String alias) {
        return events.isEmpty() ? null : reader.submit(() -> applier.prepare(events, alias, true));
    }

    private static ChangeApplier.Prepared await(Future<ChangeApplier.Prepared> prepared) {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search indexing interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        reader.shutdownNow();
    }

    /**
     * Whether there is an index to write to; asks for a rebuild when the alias is missing (first start, wiped
     * cluster) or its mapping is old. With an old mapping the indexer keeps writing to the old index meanwhile,
     * and the rebuild replays those changes into the new one.
     */
    private boolean aliasUsable() {
        if (aliasChecked) {
            return true;
        }
        CatalogIndex.State state = index.state();
        if (state != CatalogIndex.State.READY && config.autoRebuild()) {
            rebuilds.fire(new RebuildRequested(state == CatalogIndex.State.MISSING
                    ? "the index " + index.alias() + " does not exist"
                    : "the mapping of " + index.alias() + " is older than version " + IndexMapping.VERSION, false));
        }
        aliasChecked = state != CatalogIndex.State.MISSING;
        return aliasChecked;
    }

    /** Forget what is known of the alias (after a rebuild moved it). */
    public void aliasMoved() {
        aliasChecked = false;
    }
}
