package io.omnipim.search.indexer;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the index is behind the catalog: outbox events the indexer has not handled yet and the age of the
 * oldest of them, measured on each poll (so a scrape never queries the database), and the indexer's last failure.
 * Exposed as the gauges {@code pim_search_index_lag_events} and {@code pim_search_index_lag_seconds} and in the
 * readiness details.
 */
@ApplicationScoped
public class IndexLag {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong secondsBehind = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    public IndexLag(MeterRegistry registry) {
        Gauge.builder("pim.search.index.lag", pending, AtomicLong::get).baseUnit("events")
                .description("Catalog changes waiting to be indexed").register(registry);
        Gauge.builder("pim.search.index.lag.seconds", secondsBehind, AtomicLong::get)
                .description("Age of the oldest catalog change waiting to be indexed").register(registry);
    }

    /** The age in seconds of the oldest change not indexed yet (0 when the index is current). */
    public long secondsBehind() {
        return secondsBehind.get();
    }

    public void secondsBehind(long seconds) {
        secondsBehind.set(seconds);
    }

    public long pending() {
        return pending.get();
    }

    public void pending(long events) {
        pending.set(events);
    }

    public String lastError() {
        return lastError.get();
    }

    public void lastError(String error) {
        lastError.set(error);
    }
}
