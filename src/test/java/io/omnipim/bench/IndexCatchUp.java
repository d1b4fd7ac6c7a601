package io.omnipim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Waits until the search index has caught up with the catalog, as the readiness check reports it (the
 * {@code search-index} check's {@code lag_events}, and no rebuild running): pages that search measured while the
 * indexer still works through a bulk load would share the CPU with it.
 */
final class IndexCatchUp {

    /** Two readings in a row, this far apart, must say "caught up": one could predate the indexer's next poll. */
    private static final long POLL_MILLIS = 2000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ready;

    IndexCatchUp(URI base) {
        this.ready = base.resolve("/q/health/ready");
    }

    /** Returns a note for the table: how long it took, or that it had not caught up when the wait ran out. */
    String await(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int caughtUp = 0;
        String last = "no reading";
        while (true) {
            JsonNode data = read();
            if (data == null) {
                caughtUp = 0;
            } else {
                long lag = data.path("lag_events").asLong(-1);
                boolean rebuilding = "running".equals(data.path("rebuild").asText());
                last = String.format(Locale.ROOT, "lag %,d events%s", lag, rebuilding ? ", rebuild running" : "");
                caughtUp = lag == 0 && !rebuilding ? caughtUp + 1 : 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (caughtUp >= 2) {
                return String.format(Locale.ROOT, "search index caught up (waited %.0f s)", seconds);
            }
            if (System.nanoTime() > deadline) {
                return String.format(Locale.ROOT, "search index NOT caught up after %.0f s (%s; bench.index-wait)",
                        seconds, last);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The search-index check's data, or null when the server did not answer in time (busy indexing, say). */
    private JsonNode read() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (JsonNode check : json.readTree(response.body()).path("checks")) {
                if ("search-index".equals(check.path("name").asText())) {
                    return check.path("data");
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
