package io.omnipim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The search targets at N generated products (issue: catch-up ≥ 5,000 products/s, full rebuild of 1M ≤ 5 min,
 * {@code q} + 2 filters + 3 facets p99 ≤ 50 ms and median ≤ 20 ms under 4 clients, change → visible p99 ≤ 2 s), on
 * a server with Elasticsearch's heap at 1 GB:
 * <ol>
 * <li>the structure is set up and indexed, then the server restarts with its indexer paused and the products are
 * loaded, so that the whole load waits in the outbox;
 * <li>the server restarts with its indexer on, and the time until the index has caught up gives the catch-up rate;
 * <li>a rebuild through the API, timed from its status;
 * <li>the catalog API's latency rows ({@link LatencyPhase}) on the caught-up server;
 * <li>searches from 4 clients at once, then renames each timed until a search finds the product.
 * </ol>
 * When the UI pages benchmark is selected too, its rows are measured on this same loaded server afterwards (one
 * 1M-product load instead of two).
 *
 * <p>
 * Settings: {@code bench.products} / BENCH_PRODUCTS (default 1,000,000), {@code bench.server-xmx} /
 * BENCH_SERVER_XMX (default 1g), {@code bench.search-es-heap} / BENCH_SEARCH_ES_HEAP (default 1g),
 * {@code bench.index-wait} / BENCH_INDEX_WAIT (seconds, default 3600), {@code bench.keep} / BENCH_KEEP,
 * {@code bench.search-reuse} / BENCH_SEARCH_REUSE: when true and an earlier run kept its directory (bench.keep), its
 * loaded server is started again and only the measurements run (tuning the search without a 20-minute load). Only
 * the rows selected by {@code bench.only} are measured.
 */
final class SearchBenchmark implements Benchmark {

    static final String NAME = "search";
    static final String CATCH_UP = "search index catch-up";
    static final String REBUILD = "search full rebuild";
    static final String QUERY = "search q + 2 filters + 3 facets, 4 clients";
    static final String VISIBLE = "search change to visible";
    /** The export target is stated for 1M products: this benchmark is the one that loads them. */
    static final String EXPORT = "export products csv, whole catalog";

    private static final int CLIENTS = 4;
    /** Steady state, as a server serves searches all day: the path compiled, Elasticsearch's caches warm. */
    private static final int WARM_UP = 250;
    /** Warm-up rounds at most, until the JIT compilers of the machine's JVMs are done with the search path. */
    private static final int MAX_WARM_UP_ROUNDS = 8;
    private static final int PER_CLIENT = 250;
    private static final int CHANGES = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> rowNames() {
        return List.of(CATCH_UP, REBUILD, QUERY, VISIBLE, EXPORT);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        int products = Integer.parseInt(BenchContext.setting("bench.products", "BENCH_PRODUCTS", "1000000").trim());
        String xmx = BenchContext.setting("bench.server-xmx", "BENCH_SERVER_XMX", "1g").trim();
        String esHeap = BenchContext.setting("bench.search-es-heap", "BENCH_SEARCH_ES_HEAP", "1g").trim();
        boolean keep = Boolean.parseBoolean(BenchContext.setting("bench.keep", "BENCH_KEEP", "false").trim());
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the server first (./mvnw -Pbench verify does)");
        }
        boolean reuse = Boolean.parseBoolean(BenchContext.setting("bench.search-reuse", "BENCH_SEARCH_REUSE",
                "false").trim());
        Path kept = ctx.scratchDir().resolve("search");
        Path summaryFile = kept.resolve("summary.txt");
        reuse = reuse && Files.isRegularFile(summaryFile);
        Path root = reuse ? kept : ctx.freshDir("search");
        try {
            Path catalog = root.resolve("catalog");
            ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
            Map<String, String> env = new java.util.HashMap<>(PimApi.Credentials.BENCH.serverEnvironment());
            env.put("PIM_ES_HEAP", esHeap);
            CatalogGenerator.Summary summary;
            String load;
            if (reuse) {
                String[] saved = Files.readString(summaryFile).split("\n", 2);
                String[] counts = saved[0].trim().split(",");
                summary = new CatalogGenerator.Summary(Long.parseLong(counts[0]), Long.parseLong(counts[1]),
                        Long.parseLong(counts[2]), Long.parseLong(counts[3]));
                load = saved[1].trim() + " (kept load reused)";
                System.err.println("  reusing the kept load in " + root);
            } else {
                summary = CatalogApiBenchmark.generate(catalog, products);
                load = prepare(launch, root, env, xmx, catalog);
                Files.writeString(summaryFile, summary.products() + "," + summary.variants() + "," + summary.models()
                        + "," + summary.bytes() + "\n" + load + "\n");
            }
            try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-3.log"), xmx, env)) {
                System.err.println("  server restarted with its indexer on, port " + server.port());
                List<Row> rows = measure(ctx, server, summary, load, xmx, esHeap);
                if (ctx.wants(new UiPagesBenchmark().name())) {
                    PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
                    rows.addAll(UiPagesBenchmark.timePages(api, server, summary, xmx,
                            "search index caught up (measured by the search rows first)"));
                }
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

    /** Structure set up and indexed, then the load with the indexer paused. Returns a note on the load. */
    private static String prepare(ServerLaunch launch, Path root, Map<String, String> env, String xmx, Path catalog)
            throws Exception {
        try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-1.log"), xmx, env)) {
            new StructureSetup(new PimApi(server.base(), PimApi.Credentials.BENCH), catalog).run();
            System.err.println("  structure: " + new IndexCatchUp(server.base()).await(Duration.ofMinutes(10)));
        }
        Map<String, String> paused = new java.util.HashMap<>(env);
        paused.put("PIM_SEARCH_POLL_DELAY", "2h");
        try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-2.log"), xmx, paused)) {
            PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
            FlatJson flat = FlatJson.fromCatalog(catalog);
            CollectionLoad.Result models;
            try (LineSource source = new LineSource(catalog.resolve("product_models.csv"), flat::productModel,
                    api.json(), Long.MAX_VALUE)) {
                models = CollectionLoad.run(api, "/api/rest/v1/product-models", source, 10_000, 2);
            }
            CollectionLoad.Result items;
            try (LineSource source = new LineSource(catalog.resolve("products.csv"), flat::product, api.json(),
                    Long.MAX_VALUE)) {
                items = CollectionLoad.run(api, "/api/rest/v1/products", source, 10_000, 2);
            }
            String note = String.format(Locale.ROOT, "loaded with the indexer paused: %,d models, %,d products at "
                    + "%.0f/s (%,d errors)", models.committed(), items.committed(), items.overallRate(),
                    models.errors() + items.errors());
            System.err.println("  " + note);
            return note;
        }
    }

    private static List<Row> measure(BenchContext ctx, RunningServer server, CatalogGenerator.Summary summary,
            String load, String xmx,
            String esHeap) throws Exception {
        PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
        String common = String.format(Locale.ROOT, "; N=%,d products (%,d models), server -Xmx%s, Elasticsearch "
                + "heap %s", summary.products(), summary.models(), xmx, esHeap);
        List<Row> rows = new ArrayList<>();
        long documents = summary.products() + summary.models();
        long start = System.nanoTime();
        long wait = Long.parseLong(BenchContext.setting("bench.index-wait", "BENCH_INDEX_WAIT", "3600").trim());
        String caughtUp = new IndexCatchUp(server.base()).await(Duration.ofSeconds(wait));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.println("  " + caughtUp);
        rows.add(new Row(CATCH_UP, Stats.of(List.of(documents / seconds)), "products/s", String.format(Locale.ROOT,
                "%,d documents from the outbox backlog of the whole load in %.0f s, timed from the server's "
                        + "ready (%s); %s; target ≥ 5,000/s",
                documents, seconds, caughtUp, load) + common));
        // the catalog API's latency rows at this size too, with the index caught up and nothing else running
        if (ctx.wants(NAME) || ctx.wants(LatencyPhase.GET)) {
            System.err.println("  catalog API latencies");
            for (Row row : LatencyPhase.run(api, summary.products())) {
                rows.add(new Row(row.name(), row.stats(), row.unit(), row.notes() + "; " + load + common));
            }
        }
        if (ctx.wants(NAME) || ctx.wants(REBUILD)) {
            rows.add(rebuild(api, common));
        }
        SearchProbe probe = new SearchProbe(api);
        if (ctx.wants(NAME) || ctx.wants(QUERY)) {
            rows.add(queries(probe, common));
        }
        if (ctx.wants(NAME) || ctx.wants(VISIBLE)) {
            rows.add(visible(probe, summary, common));
        }
        if (ctx.wants(NAME) || ctx.wants(EXPORT)) {
            rows.add(export(api, common));
        }
        return rows;
    }

    private static Row queries(SearchProbe probe, String common) throws Exception {
        // after the rebuild, Elasticsearch merges the new index's segments for a while
        String settled = QuietMachine.await(Duration.ofMinutes(10));
        System.err.println("  searching with " + CLIENTS + " clients (" + settled + ")");
        String warm = warmUp(probe);
        SearchProbe.Samples searches = probe.searches(CLIENTS, 0, PER_CLIENT);
        Stats stats = Stats.of(searches.millis());
        return new Row(QUERY, stats, "ms", String.format(Locale.ROOT, "p99 %s ms; %d clients × %d searches "
                + "(after %s): a word or prefix in en_US/fr_FR/de_DE, filters enabled + family IN, "
                + "facets family, categories, brand; client time on localhost; target median ≤ 20 ms, p99 ≤ 50 ms; %s%s",
                Row.number(stats.p99()), CLIENTS, PER_CLIENT, warm, settled, searches.errorNote()) + common);
    }

    /**
     * Unmeasured rounds of searches until the JIT compilers of the server's and Elasticsearch's JVMs are done with
     * the search path (under 5 % of a core in a round): a server answering searches all day runs compiled code,
     * and after a reused load both JVMs are fresh (their compiler threads took half a core through 1,000 searches).
     */
    private static String warmUp(SearchProbe probe) throws Exception {
        for (int round = 1;; round++) {
            double before = JitCompilers.cpuSeconds();
            long start = System.nanoTime();
            probe.searches(CLIENTS, WARM_UP, 0);
            double share = (JitCompilers.cpuSeconds() - before) / ((System.nanoTime() - start) / 1e9);
            if (share < 0.05 || round == MAX_WARM_UP_ROUNDS || Double.isNaN(share)) {
                return String.format(Locale.ROOT, "%d × %d unmeasured each, until the JIT compilers took %.0f %% of a"
                        + " core", round, WARM_UP, share * 100);
            }
        }
    }

    private static Row visible(SearchProbe probe, CatalogGenerator.Summary summary, String common) throws Exception {
        System.err.println("  change to visible");
        List<String> simple = probe.simpleProducts(summary.products(), CHANGES);
        SearchProbe.Samples visible = probe.changeToVisible(simple, CHANGES, 25, 30_000);
        Stats vis = Stats.of(visible.millis());
        return new Row(VISIBLE, vis, "ms", String.format(Locale.ROOT, "p99 %s ms; %d renames of random simple "
                + "products (en_US name), each timed from before its PATCH until a search for the new word finds "
                + "it (searches every 25 ms); target p99 ≤ 2,000 ms%s", Row.number(vis.p99()), visible.millis().size(),
                visible.errorNote()) + common);
    }

    /** A CSV export of every product, timed by the job's own duration. */
    private static Row export(PimApi api, String common) throws Exception {
        System.err.println("  exporting every product to CSV");
        JsonNode job = api.awaitJob("/api/rest/v1/exports/" + api.startExport(java.util.Map.of("type",
                "products")));
        if (!"done".equals(job.path("status").asText())) {
            return new Row(EXPORT, null, "s", "FAILED: export ended " + job.path("status").asText() + ": " + job);
        }
        return new Row(EXPORT, Stats.of(List.of(job.path("duration_seconds").asDouble())), "s", String.format(
                Locale.ROOT, "%,d rows to CSV; target ≤ 60 s for 1M", job.path("result").path("rows").asLong())
                + common);
    }

    /** Starts a rebuild and times it by its own status (start and finish instants, documents loaded). */
    private static Row rebuild(PimApi api, String common) throws Exception {
        System.err.println("  rebuilding");
        java.net.http.HttpResponse<String> started = api.post("/api/rest/v1/search/reindex", "");
        if (started.statusCode() != 202) {
            return new Row(REBUILD, null, "s", "FAILED: reindex answered " + started.statusCode());
        }
        JsonNode status;
        do {
            Thread.sleep(1000);
            status = api.getJson("/api/rest/v1/search/reindex");
        } while ("running".equals(status.path("state").asText()));
        if (!"done".equals(status.path("state").asText())) {
            return new Row(REBUILD, null, "s", "FAILED: rebuild ended " + status.toString().replace('|', '/'));
        }
        double seconds = Duration.between(Instant.parse(status.path("started_at").asText()),
                Instant.parse(status.path("finished_at").asText())).toMillis() / 1000.0;
        long loaded = status.path("loaded").asLong();
        return new Row(REBUILD, Stats.of(List.of(seconds)), "s", String.format(Locale.ROOT, "%,d documents from "
                + "PostgreSQL into a new index, changes replayed, alias swapped: %.0f documents/s; target ≤ 300 s "
                + "for 1M", loaded, loaded / seconds) + common);
    }
}
