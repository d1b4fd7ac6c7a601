package io.omnipim.search.indexer;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the index is behind the catalog: outbox events the indexer has not handled yet, measured on each poll
 * (so a scrape never queries the database), and the indexer's last failure. Exposed as the gauge
 * {@code pim_search_index_lag_events} and in the readiness details.
 */
@ApplicationScoped
public class IndexLag {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    public IndexLag(MeterRegistry registry) {
        Gauge.builder("pim.search.index.lag", pending, AtomicLong::get).baseUnit("events")
                .description("Catalog changes waiting to be indexed").register(registry);
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
