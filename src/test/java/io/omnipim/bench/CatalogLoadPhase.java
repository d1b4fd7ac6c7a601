package io.omnipim.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the generated products through collection PATCH while sampling the server's heap: product models first,
 * then products in chunks with two requests in flight; then one large request alone, to see whether the server
 * streams it or holds it.
 */
final class CatalogLoadPhase {

    static final String LOAD = "collection PATCH load";
    static final String LOAD_HEAP = "server heap during load";
    static final String LARGE = "collection PATCH, one large request";
    static final String LARGE_HEAP = "server heap during the large request";
    static final List<String> ROWS = List.of(LOAD, LOAD_HEAP, LARGE, LARGE_HEAP);

    static final int IN_FLIGHT = 2;
    static final int LARGE_LINES = 100_000;

    private final PimApi api;
    private final FlatJson flat;
    private final Path catalog;
    private final int chunkLines;
    private final long serverPid;

    CatalogLoadPhase(PimApi api, FlatJson flat, Path catalog, int chunkLines, long serverPid) {
        this.api = api;
        this.serverPid = serverPid;
        this.flat = flat;
        this.catalog = catalog;
        this.chunkLines = chunkLines;
    }

    List<Row> run(int products, String serverXmx) throws Exception {
        CollectionLoad.Result models;
        try (LineSource source = new LineSource(catalog.resolve("product_models.csv"), flat::productModel,
                api.json(), Long.MAX_VALUE)) {
            models = CollectionLoad.run(api, "/api/rest/v1/product-models", source, chunkLines, IN_FLIGHT);
        }
        CollectionLoad.Result load;
        HeapSampler.Samples loadHeap;
        try (LineSource source = new LineSource(catalog.resolve("products.csv"), flat::product, api.json(),
                Long.MAX_VALUE); HeapSampler sampler = HeapSampler.start(api)) {
            load = CollectionLoad.run(api, "/api/rest/v1/products", source, chunkLines, IN_FLIGHT);
            loadHeap = sampler.stop();
        }
        int largeLines = Math.min(products, LARGE_LINES);
        CollectionLoad.Result large;
        HeapSampler.Samples largeHeap;
        List<Double> largeLive;
        try (LineSource source = new LineSource(catalog.resolve("products.csv"), this::restocked, api.json(),
                largeLines);
                HeapSampler sampler = HeapSampler.start(api);
                LiveHeapProbe live = LiveHeapProbe.start(serverPid)) {
            large = CollectionLoad.run(api, "/api/rest/v1/products", source, largeLines, 1);
            largeHeap = sampler.stop();
            largeLive = live.stop();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(LOAD, Stats.of(load.requestRates()), "products/s", loadNotes(products, models, load)));
        rows.add(new Row(LOAD_HEAP, Stats.of(loadHeap.megabytes()), "MB", "used heap (/q/metrics) every second, "
                + "server -Xmx" + serverXmx + "; " + loadHeap.verdict()));
        rows.add(new Row(LARGE, Stats.of(large.requestRates()), "products/s", String.format(Locale.ROOT,
                "%,d lines in one request, alone: updates (stock changed) of existing products, %.1f s%s",
                large.lines(), large.seconds(), errorNote(large))));
        rows.add(new Row(LARGE_HEAP, Stats.of(largeHeap.megabytes()), "MB",
                "memory flat target: a large request must stream, not be held; " + largeHeap.verdict() + "; "
                        + LiveHeapProbe.verdict(largeLive)));
        return rows;
    }

    /** The product as generated, with one more item in stock: a real change, so the server cannot skip it. */
    private ObjectNode restocked(Map<String, String> row) {
        ObjectNode product = flat.product(row);
        JsonNode stock = product.path("values").path("stock_quantity").path(0);
        if (stock instanceof ObjectNode value) {
            value.put("data", value.path("data").asLong() + 1);
        }
        return product;
    }

    /** The row's figures are per request; with two in flight the server commits about twice that. */
    private String loadNotes(int products, CollectionLoad.Result models, CollectionLoad.Result load) {
        return String.format(Locale.ROOT, "N=%,d; per request: %d requests of %,d lines, %d in flight; OVERALL "
                + "%,d committed in %.0f s = %.0f/s%s; %,d product models first at %.0f/s%s; target ≥3,000/s",
                products, load.requestRates().size(), chunkLines, IN_FLIGHT, load.committed(), load.seconds(),
                load.overallRate(), errorNote(load), models.committed(), models.overallRate(), errorNote(models));
    }

    private static String errorNote(CollectionLoad.Result result) {
        if (result.errors() == 0) {
            return "";
        }
        String first = result.firstErrors().isEmpty() ? "" : result.firstErrors().get(0).replace('|', '/');
        return String.format(Locale.ROOT, ", %,d ERRORS (first: %s)", result.errors(),
                first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }
}
