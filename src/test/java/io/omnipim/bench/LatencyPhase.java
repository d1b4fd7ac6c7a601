package io.omnipim.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The latency rows against the loaded catalog: one product, list pages near and far, single-product PATCH. */
final class LatencyPhase {

    static final String GET = "GET one product";
    static final String LIST = "list 100 search_after + family filter";
    static final String LIST_DEEP = "list 100 search_after + family filter, deep";
    static final String PATCH = "single PATCH";
    static final List<String> ROWS = List.of(GET, LIST, LIST_DEEP, PATCH);

    /** Unmeasured calls first (half of them GETs): the JIT compiles the request path during the first thousand. */
    private static final int WARM_UP_CALLS = 2000;
    private static final int GETS = 1000;
    private static final int LIST_PAGES = 200;
    /** Deep pages are those after page 500: far enough that an offset-based scan would show. */
    private static final int DEEP_FROM = 501;
    private static final int DEEP_PAGES = 50;
    private static final int PATCHES = 500;

    private LatencyPhase() {
    }

    static List<Row> run(PimApi api, long products) throws Exception {
        String settled = QuietMachine.await(java.time.Duration.ofMinutes(10));
        String background = searchBackground(api) + "; " + settled;
        LatencyProbe probe = new LatencyProbe(api, products);
        probe.warmUp(WARM_UP_CALLS);
        LatencyProbe.Samples gets = probe.getProducts(GETS);
        LatencyProbe.Walk walk = probe.walk("shoes", LIST_PAGES, DEEP_FROM, DEEP_PAGES);
        LatencyProbe.Samples patches = probe.patches(PATCHES);
        List<Row> rows = new ArrayList<>();
        rows.add(row(GET, gets, String.format(Locale.ROOT, "%,d random of N=%,d, sequential; p99 %s ms; "
                + "target p99 ≤10 ms; %s", GETS, products, p99(gets), background)));
        rows.add(row(LIST, walk.first(), String.format(Locale.ROOT, "family shoes, pages 1–%d following "
                + "_links.next; target median ≤30 ms", walk.first().millis().size() + walk.first().errors())));
        if (walk.deep().millis().isEmpty() && walk.deep().errors() == 0) {
            rows.add(new Row(LIST_DEEP, null, "ms", "not measured: the shoes family has only " + walk.pages()
                    + " pages, fewer than " + (DEEP_FROM + DEEP_PAGES - 1)));
        } else {
            rows.add(row(LIST_DEEP, walk.deep(), String.format(Locale.ROOT, "same walk, pages %d–%d; target "
                    + "median ≤30 ms", DEEP_FROM, walk.pages())));
        }
        rows.add(row(PATCH, patches, String.format(Locale.ROOT, "%d PATCHes of random products: prices, or the "
                + "en_US name of a simple product; target median ≤15 ms", PATCHES)));
        return rows;
    }

    /**
     * What the search index is doing when the latencies are measured: right after a bulk load it may still be
     * catching up (or rebuilding), which takes CPU from the requests measured. Best effort: the endpoint is
     * OmniPIM's own and any answer but 200 just says so.
     */
    private static String searchBackground(PimApi api) {
        try {
            HttpResponse<String> response = api.get("/api/rest/v1/search/reindex");
            if (response.statusCode() != 200) {
                return "search rebuild status: HTTP " + response.statusCode();
            }
            JsonNode status = api.json().readTree(response.body());
            return "running".equals(status.path("state").asText())
                    ? String.format(Locale.ROOT, "measured DURING a search index rebuild (%s, phase %s, %,d of %,d "
                            + "loaded)", status.path("reason").asText(), status.path("phase").asText(),
                            status.path("loaded").asLong(), status.path("total").asLong())
                    : "search rebuild " + status.path("state").asText();
        } catch (Exception e) {
            return "search rebuild status unknown: " + e.getMessage();
        }
    }

    private static Row row(String name, LatencyProbe.Samples samples, String notes) {
        if (samples.millis().isEmpty()) {
            return new Row(name, null, "ms", "FAILED: every call failed" + samples.errorNote());
        }
        return new Row(name, Stats.of(samples.millis()), "ms", notes + samples.errorNote());
    }

    private static String p99(LatencyProbe.Samples samples) {
        return samples.millis().isEmpty() ? "–" : Row.number(Stats.of(samples.millis()).p99());
    }
}
