package io.omnipim.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "Syndication" speed targets on one server holding N generated products: a Google XML feed of the whole
 * catalog with the server's heap capped at 256 MB, a webhook delta after 1,000 price changes, and the time from a
 * price PATCH to the shop's webhook receiving it at 100 changes per second.
 *
 * <p>
 * The catalog is loaded first (collection PATCH, server heap {@code bench.server-xmx}), then the server restarts
 * with {@code bench.feed-xmx} for the syndication rows, its search indexer paused so that catching up on the load
 * does not share the two cores with the runs measured. The Amazon row builds a feed document in the benchmark's
 * own JVM (see {@link AmazonFeedBuild}). Settings: {@code bench.products} / BENCH_PRODUCTS (default
 * 1,000,000), {@code bench.feed-xmx} / BENCH_FEED_XMX (default 256m), {@code bench.keep} / BENCH_KEEP.
 */
final class SyndicationBenchmark implements Benchmark {

    static final String GOOGLE = "google feed full run";
    static final String GOOGLE_HEAP = "google feed run server heap";
    static final String WEBHOOK_FULL = "webhook full run";
    static final String DELTA = "webhook delta after 1,000 changes";
    static final String ON_CHANGE = "price change to webhook";
    static final int CHANGES = 1_000;
    static final int RATE = 100;
    static final int SECONDS = 30;

    @Override
    public String name() {
        return "syndication";
    }

    @Override
    public List<String> rowNames() {
        return List.of(GOOGLE, GOOGLE_HEAP, WEBHOOK_FULL, DELTA, ON_CHANGE, AmazonFeedBuild.ROW);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        int products = Integer.parseInt(BenchContext.setting("bench.products", "BENCH_PRODUCTS", "1000000").trim());
        String loadXmx = BenchContext.setting("bench.server-xmx", "BENCH_SERVER_XMX", "1g").trim();
        String feedXmx = BenchContext.setting("bench.feed-xmx", "BENCH_FEED_XMX", "256m").trim();
        boolean keep = Boolean.parseBoolean(BenchContext.setting("bench.keep", "BENCH_KEEP", "false").trim());
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        Path root = ctx.freshDir("syndication");
        Path catalog = root.resolve("catalog");
        Row amazon = AmazonFeedBuild.run(root, ctx.runs());
        try {
            new CatalogGenerator(42).write(catalog, products);
            ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
            load(launch, root, catalog, loadXmx);
            Map<String, String> env = new java.util.HashMap<>(PimApi.Credentials.BENCH.serverEnvironment());
            env.put(BenchConnectors.SECRET_VARIABLE, BenchConnectors.SECRET);
            env.put("PIM_SEARCH_POLL_DELAY", "2h");
            try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-feed.log"), feedXmx,
                    env)) {
                PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
                List<Row> rows = measure(api, new BenchConnectors(api, server.base()), enabledSkus(catalog),
                        products, feedXmx);
                rows.add(amazon);
                return rows;
            }
        } finally {
            if (keep) {
                System.err.println("  kept " + root + " (bench.keep=true)");
            } else {
                BenchContext.deleteTree(root);
            }
        }
    }

    private static void load(ServerLaunch launch, Path root, Path catalog, String xmx) throws Exception {
        try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-load.log"), xmx,
                PimApi.Credentials.BENCH.serverEnvironment())) {
            PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
            new StructureSetup(api, catalog).run();
            FlatJson flat = FlatJson.fromCatalog(catalog);
            try (LineSource models = new LineSource(catalog.resolve("product_models.csv"), flat::productModel,
                    api.json(), Long.MAX_VALUE)) {
                CollectionLoad.run(api, "/api/rest/v1/product-models", models, 10_000, 2);
            }
            try (LineSource items = new LineSource(catalog.resolve("products.csv"), flat::product, api.json(),
                    Long.MAX_VALUE)) {
                CollectionLoad.Result result = CollectionLoad.run(api, "/api/rest/v1/products", items, 10_000, 2);
                System.err.printf("  loaded %,d products at %.0f/s (%,d errors)%n", result.committed(),
                        result.overallRate(), result.errors());
            }
        }
    }

    private static List<Row> measure(PimApi api, BenchConnectors connectors, List<String> skus, int products,
            String xmx) throws Exception {
        List<Row> rows = new ArrayList<>();
        connectors.google();
        JsonNode google;
        HeapSampler.Samples heap;
        try (HeapSampler sampler = HeapSampler.start(api)) {
            google = connectors.run(BenchConnectors.GOOGLE, "full");
            heap = sampler.stop();
        }
        rows.add(new Row(GOOGLE, Stats.of(List.of(seconds(google))), "s", String.format(Locale.ROOT,
                "N=%,d generated products; %s; target ≤ 60 s for 1M", products, counts(google))));
        rows.add(new Row(GOOGLE_HEAP, Stats.of(heap.megabytes()), "MB", "used heap every second during the run, "
                + "whole server -Xmx" + xmx + " (target ≤ 256 MB for the run); " + heap.verdict()));
        try (WebhookSink sink = new WebhookSink()) {
            connectors.webhook(sink.url(), false);
            JsonNode full = connectors.run(BenchConnectors.WEBHOOK, "full");
            rows.add(new Row(WEBHOOK_FULL, Stats.of(List.of(seconds(full))), "s", String.format(Locale.ROOT,
                    "%s; %,d items received by the shop's receiver", counts(full), sink.items())));
            rows.add(delta(api, connectors, skus.subList(0, CHANGES)));
            connectors.webhook(sink.url(), true);
            rows.add(onChange(api, sink, skus.subList(CHANGES, skus.size())));
        }
        return rows;
    }

    private static Row delta(PimApi api, BenchConnectors connectors, List<String> skus) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < skus.size(); i++) {
            body.append("{\"identifier\":\"").append(skus.get(i)).append("\",\"values\":{\"price\":[{\"locale\":null,"
                    + "\"scope\":null,\"data\":[{\"amount\":\"").append(300 + i)
                    .append(".99\",\"currency\":\"EUR\"}]}]}}\n");
        }
        HttpResponse<InputStream> response = api.patchCollection("/api/rest/v1/products",
                new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)));
        response.body().readAllBytes();
        JsonNode run = connectors.run(BenchConnectors.WEBHOOK, "delta");
        return new Row(DELTA, Stats.of(List.of(seconds(run))), "s", String.format(Locale.ROOT,
                "%,d price changes (one collection PATCH) then a delta run: %s, compared: %s; target ≤ 5 s",
                skus.size(), counts(run), run.path("result").path("compared").asText("?")));
    }

    private static Row onChange(PimApi api, WebhookSink sink, List<String> skus) throws Exception {
        PriceTicker.Result result = new PriceTicker(api, sink).run(skus, RATE, SECONDS);
        Stats stats = Stats.of(result.latencies());
        return new Row(ON_CHANGE, stats, "ms", String.format(Locale.ROOT,
                "single price PATCHes at %.0f/s for %d s on random products, on-change webhook; p99 %.0f ms; %d "
                        + "never arrived, %d PATCHes failed; target p99 ≤ 5,000 ms",
                result.achievedRate(), SECONDS, stats.p99(), result.missing(), result.failedPatches()));
    }

    private static double seconds(JsonNode run) {
        return run.path("duration_seconds").asDouble(Double.NaN);
    }

    private static String counts(JsonNode run) {
        StringBuilder out = new StringBuilder();
        run.path("counts").fields().forEachRemaining(e -> out.append(out.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue().asLong())));
        return out.toString();
    }

    /** The enabled products' skus in random order: the products the changes are made to. */
    private static List<String> enabledSkus(Path catalog) throws Exception {
        List<String> skus = new ArrayList<>();
        try (CsvRows rows = new CsvRows(catalog.resolve("products.csv"))) {
            rows.forEachRemaining(r -> {
                if (!"0".equals(r.get("enabled"))) {
                    skus.add(r.get("sku"));
                }
            });
        }
        Collections.shuffle(skus, new Random(7));
        return skus.subList(0, Math.min(skus.size(), CHANGES + RATE * SECONDS));
    }
}
