package io.omnipim.search.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.omnipim.search.indexer.IndexLag;
import io.omnipim.search.rebuild.IndexRebuild;
import io.omnipim.search.rebuild.RebuildStatus;

/**
 * Index lag and rebuild state in {@code /q/health/ready}, for operators. Always up: a lagging index still serves
 * searches, and Elasticsearch being down is what {@code ElasticsearchReadiness} reports.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

    private final IndexLag lag;
    private final IndexRebuild rebuild;

    public SearchIndexHealth(IndexLag lag, IndexRebuild rebuild) {
        this.lag = lag;
        this.rebuild = rebuild;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("search-index").up()
                .withData("lag_events", lag.pending())
                .withData("lag_seconds", lag.secondsBehind());
        RebuildStatus status = rebuild.status();
        builder.withData("rebuild", status.state());
        if (status.running()) {
            builder.withData("rebuild_loaded", status.loaded()).withData("rebuild_total", status.total());
        }
        if (lag.lastError() != null) {
            builder.withData("last_error", lag.lastError());
        }
        return builder.build();
    }
}
