package io.omnipim.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Single-request latencies against a loaded catalog, one request at a time: what one user or one integration
 * waits for. Identifiers are drawn at random from the generated SKU-0000001 … SKU-N.
 */
final class LatencyProbe {

    /** Milliseconds of the calls that succeeded, and what went wrong with the others. */
    record Samples(List<Double> millis, int errors, String firstError) {

        String errorNote() {
            return errors == 0 ? "" : "; " + errors + " errors, first: " + firstError;
        }
    }

    /** The list walk: the first pages, and the deep pages if the catalog had that many. */
    record Walk(Samples first, Samples deep, int pages) {
    }

    private final PimApi api;
    private final long products;
    private final SplittableRandom random = new SplittableRandom(7);
    /** Products without a parent, seen in GET answers: only those own their name (variants inherit it). */
    private final List<String> simpleProducts = new ArrayList<>();

    LatencyProbe(PimApi api, long products) {
        this.api = api;
        this.products = products;
    }

    /** The first calls pay for JIT compilation and cold caches on both sides; they are not measured. */
    void warmUp(int calls) throws IOException, InterruptedException {
        getProducts(calls / 2);
        walk("clothing", calls / 4, Integer.MAX_VALUE, 0);
        patches(calls / 4);
    }

    Samples getProducts(int count) throws IOException, InterruptedException {
        Recorder recorder = new Recorder();
        for (int i = 0; i < count; i++) {
            String sku = randomSku();
            long start = System.nanoTime();
            HttpResponse<String> response = api.get("/api/rest/v1/products/" + sku);
            if (recorder.record(start, response, 200) && simpleProducts.size() < 10_000
                    && api.json().readTree(response.body()).path("parent").isNull()) {
                simpleProducts.add(sku);
            }
        }
        return recorder.samples();
    }

    /**
     * Follows {@code _links.next} from the first page of a family filter, search_after pagination, 100 per page.
     * Pages from {@code deepFrom} on (1-based) go to the deep samples, up to {@code deepPages} of them.
     */
    Walk walk(String family, int firstPages, int deepFrom, int deepPages) throws IOException, InterruptedException {
        String search = "{\"family\":[{\"operator\":\"IN\",\"value\":[\"" + family + "\"]}]}";
        String next = "/api/rest/v1/products?pagination_type=search_after&limit=100&search="
                + URLEncoder.encode(search, StandardCharsets.UTF_8);
        Recorder first = new Recorder();
        Recorder deep = new Recorder();
        int page = 0;
        int last = deepPages > 0 ? deepFrom + deepPages - 1 : firstPages;
        while (next != null && page < last) {
            page++;
            Recorder recorder = page <= firstPages ? first : page >= deepFrom ? deep : null;
            long start = System.nanoTime();
            HttpResponse<String> response = api.get(next);
            if (recorder != null) {
                recorder.record(start, response, 200);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("list page " + page + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode body = api.json().readTree(response.body());
            JsonNode href = body.path("_links").path("next").path("href");
            next = href.isTextual() ? href.asText() : null;
        }
        return new Walk(first.samples(), deep.samples(), page);
    }

    /** Changes the EUR/USD/GBP prices of random products, or the English name of a simple one, in turn. */
    Samples patches(int count) throws IOException, InterruptedException {
        Recorder recorder = new Recorder();
        for (int i = 0; i < count; i++) {
            boolean name = i % 2 == 0 && !simpleProducts.isEmpty();
            String sku = name ? simpleProducts.get(random.nextInt(simpleProducts.size())) : randomSku();
            String body = name
                    ? "{\"values\":{\"name\":[{\"locale\":\"en_US\",\"scope\":null,\"data\":\"Renamed by benchmark "
                            + i + "\"}]}}"
                    : "{\"values\":{\"price\":[{\"locale\":null,\"scope\":null,\"data\":[" + price("EUR", i)
                            + "," + price("USD", i) + "," + price("GBP", i) + "]}]}}";
            long start = System.nanoTime();
            recorder.record(start, api.patch("/api/rest/v1/products/" + sku, body), 204);
        }
        return recorder.samples();
    }

    private static String price(String currency, int i) {
        return String.format(Locale.ROOT, "{\"amount\":\"%d.%02d\",\"currency\":\"%s\"}", 10 + i % 90, i % 100,
                currency);
    }

    private String randomSku() {
        return "SKU-" + ProductStream.padded(1 + random.nextLong(products), 7);
    }

    /** Collects the latency of each call that got the expected status. */
    private static final class Recorder {

        private final List<Double> millis = new ArrayList<>();
        private int errors;
        private String firstError;

        boolean record(long startNanos, HttpResponse<String> response, int expected) {
            double elapsed = (System.nanoTime() - startNanos) / 1e6;
            if (response.statusCode() == expected) {
                millis.add(elapsed);
                return true;
            }
            if (errors++ == 0) {
                firstError = response.statusCode() + " " + response.uri().getPath() + ": "
                        + response.body().replace('|', '/').lines().findFirst().orElse("");
            }
            return false;
        }

        Samples samples() {
            return new Samples(millis, errors, firstError);
        }
    }
}
