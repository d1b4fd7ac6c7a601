package io.omnipim.search.rebuild;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.platform.outbox.OutboxReader;
import io.omnipim.platform.outbox.OutboxReader.StoredEvent;
import io.omnipim.search.NodeLock;
import io.omnipim.search.SearchConfig;
import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.DocumentWriter;
import io.omnipim.search.indexer.ChangeApplier;
import io.omnipim.search.indexer.RebuildRequested;
import io.omnipim.search.indexer.SearchIndexer;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the index from PostgreSQL without interrupting searches: a new versioned index is bulk-loaded in
 * keyset pages, the changes committed meanwhile are replayed from the outbox, and the alias moves to it atomically
 * (between two indexer turns, holding the indexer's lock); the old index is then deleted. One rebuild at a time
 * across nodes (advisory lock), in the background on this node.
 */
@ApplicationScoped
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class);
    /** Bulk requests of a rebuild's load in flight at once (see {@link #load}). */
    private static final int PAGES_IN_FLIGHT = 3;
    /** After a failure, automatic requests wait this long (a manual one starts at once). */
    private static final Duration AUTO_RETRY_AFTER = Duration.ofSeconds(30);

    private final CatalogReader reader;
    private final CatalogIndex index;
    private final DocumentWriter writer;
    private final ChangeApplier applier;
    private final OutboxReader outbox;
    private final ReplayCursor cursor;
    private final SearchIndexer indexer;
    private final AgroalDataSource dataSource;
    private final SearchConfig config;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private String queued;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "search-rebuild"));
    private final ExecutorService workers = Executors.newFixedThreadPool(PAGES_IN_FLIGHT,
            r -> daemon(r, "search-rebuild-page"));

    public IndexRebuild(CatalogReader reader, CatalogIndex index, DocumentWriter writer, ChangeApplier applier,
            OutboxReader outbox, ReplayCursor cursor, SearchIndexer indexer, AgroalDataSource dataSource,
            SearchConfig config) {
        this.reader = reader;
        this.index = index;
        this.writer = writer;
        this.applier = applier;
        this.outbox = outbox;
        this.cursor = cursor;
        this.indexer = indexer;
        this.dataSource = dataSource;
        this.config = config;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background, unless one runs already; returns the status either way. */
    public synchronized RebuildStatus start(String reason) {
        RebuildStatus current = status.get();
        if (current.running()) {
            return current;
        }
        RebuildStatus started = RebuildStatus.starting(reason);
        status.set(started);
        worker.submit(this::run);
        return started;
    }

    /**
     * An automatic request. One arriving while a rebuild runs is kept for after it: that rebuild may have loaded
     * documents before the change that asks for a new one.
     */
    synchronized void onRequest(@Observes RebuildRequested request) {
        RebuildStatus current = status.get();
        if (current.running()) {
            if (request.contentChanged()) {
                queued = request.reason();
            }
            return;
        }
        boolean recentlyFailed = "failed".equals(current.state())
                && current.finishedAt().isAfter(Instant.now().minus(AUTO_RETRY_AFTER));
        if (!recentlyFailed) {
            LOG.infof("search index rebuild: %s", request.reason());
            start(request.reason());
        }
    }

    private synchronized void startQueued() {
        String reason = queued;
        queued = null;
        if (reason != null && !status.get().running()) {
            LOG.infof("search index rebuild: %s", reason);
            start(reason);
        }
    }

    /**
     * A rebuild killed with its node leaves its replay cursor behind, which would keep the outbox from being
     * purged: removed at startup when no node is rebuilding (its index is deleted by the next rebuild).
     */
    void onStart(@Observes StartupEvent started) {
        try {
            Optional<NodeLock> lock = NodeLock.tryAcquire(dataSource, NodeLock.REBUILD);
            if (lock.isPresent()) {
                try (NodeLock held = lock.get()) {
                    cursor.remove();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("leftover rebuild cursor not checked: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void run() {
        String target = null;
        try {
            Optional<NodeLock> lock = NodeLock.tryAcquire(dataSource, NodeLock.REBUILD);
            if (lock.isEmpty()) {
                update(s -> s.failed("another node is rebuilding the index"));
                return;
            }
            try (NodeLock held = lock.get()) {
                String previous = index.target().orElse(null);
                for (String leftover : index.versionedIndices()) {
                    if (!leftover.equals(previous)) {
                        index.delete(leftover);
                    }
                }
                target = index.createNext();
                cursor.startHere();
                String created = target;
                update(s -> s.indices(created, previous, reader.productCount() + reader.modelCount())
                        .phase("loading"));
                load(target);
                update(s -> s.phase("replaying"));
                replay(target);
                index.openForSearch(target);
                update(s -> s.phase("swapping"));
                try (NodeLock indexerTurn = NodeLock.acquire(dataSource, NodeLock.INDEXER, Duration.ofMinutes(2))) {
                    replay(target);
                    index.refresh(target);
                    index.swap(target);
                    indexer.aliasMoved();
                }
                cursor.remove();
                if (previous != null) {
                    index.delete(previous);
                }
                update(RebuildStatus::done);
                RebuildStatus done = status.get();
                LOG.infof("search index rebuilt: %s now behind %s (%d documents, %d changes replayed)", target,
                        index.alias(), done.loaded(), done.replayed());
            }
        } catch (SQLException | RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null
                    ? e.getCause()
                    : e;
            LOG.warnf("search index rebuild failed: %s", cause.getMessage());
            update(s -> s.failed(cause.getMessage()));
            cleanUp(target);
        }
        startQueued();
    }

    /**
     * Products by uuid then models by code, a page at a time: this thread only finds each page's keys (an
     * index-only scan), and up to {@value #PAGES_IN_FLIGHT} pages are read, assembled and indexed at once on their
     * own threads. Reading and assembling documents is this JVM's share of the work and one bulk request keeps at
     * most one of Elasticsearch's write threads busy, so pages in parallel use every core. Pages hold distinct
     * documents: the order in which they land does not matter.
     */
    private void load(String target) {
        int size = config.rebuildPageSize();
        Deque<CompletableFuture<Void>> pages = new ArrayDeque<>();
        try {
            UUID after = null;
            List<UUID> uuids;
            do {
                uuids = reader.productUuidsAfter(after, size);
                if (!uuids.isEmpty()) {
                    UUID from = after;
                    UUID last = uuids.get(uuids.size() - 1);
                    submit(() -> write(target, reader.productsBetween(from, last)), pages);
                    after = last;
                }
            } while (uuids.size() == size);
            String afterCode = null;
            List<String> codes;
            do {
                codes = reader.modelCodesAfter(afterCode, size);
                if (!codes.isEmpty()) {
                    List<String> page = codes;
                    submit(() -> write(target, reader.modelDocuments(page)), pages);
                    afterCode = codes.get(codes.size() - 1);
                }
            } while (codes.size() == size);
            while (!pages.isEmpty()) {
                pages.poll().join();
            }
        } finally {
            pages.forEach(page -> page.cancel(true));
        }
    }

    private void submit(Runnable page, Deque<CompletableFuture<Void>> pages) {
        while (pages.size() >= PAGES_IN_FLIGHT) {
            pages.poll().join();
        }
        pages.add(CompletableFuture.runAsync(page, workers));
    }

    private void write(String target, List<IndexDocument> page) {
        if (!page.isEmpty()) {
            writer.write(target, false, page, List.of(), reader.structure());
            update(s -> s.progress(page.size(), 0));
        }
    }

    /** Replays the outbox from the rebuild's cursor to its end (pausing while completeness catches up). */
    private void replay(String target) throws SQLException {
        while (true) {
            List<StoredEvent> events = outbox.next(ReplayCursor.CONSUMER, config.batchSize());
            if (events.isEmpty()) {
                return;
            }
            int handled = applier.apply(events, target, false);
            if (handled > 0) {
                outbox.acknowledge(ReplayCursor.CONSUMER, events.get(handled - 1));
                update(s -> s.progress(0, handled));
            } else {
                sleep();
            }
        }
    }

    private void cleanUp(String target) {
        try {
            cursor.remove();
            if (target != null && !target.equals(index.target().orElse(null))) {
                index.delete(target);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("rebuild clean-up incomplete: %s", e.getMessage());
        }
    }

    private void update(UnaryOperator<RebuildStatus> change) {
        status.updateAndGet(change);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }
}
