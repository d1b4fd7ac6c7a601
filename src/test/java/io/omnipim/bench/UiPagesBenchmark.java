package io.omnipim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admin UI target "every page answers in ≤ 200 ms server time on the 1M-product catalog, grid included": one
 * server loaded with N generated products (as in {@link CatalogApiBenchmark}), its search index caught up, a Google
 * connector defined and run once, then a browser-like session (login form, session cookie) times each page.
 *
 * <p>
 * Settings (system property, else environment variable): {@code bench.products} / BENCH_PRODUCTS (default
 * 1,000,000), {@code bench.server-xmx} / BENCH_SERVER_XMX (default 1g), {@code bench.index-wait} /
 * BENCH_INDEX_WAIT (seconds to wait for the search index to catch up after the load, default 3600; the rows say
 * when it had not), {@code bench.ui-requests} / BENCH_UI_REQUESTS (measured requests per page, default 50),
 * {@code bench.ui-page-seconds} / BENCH_UI_PAGE_SECONDS (time budget per page, default 120: a page far over target
 * gets fewer requests), {@code bench.keep} / BENCH_KEEP.
 */
final class UiPagesBenchmark implements Benchmark {

    static final String DASHBOARD = "ui dashboard";
    static final String GRID = "ui grid, first page";
    static final String GRID_SEARCH = "ui grid, word search";
    static final String GRID_FAMILY = "ui grid, family facet";
    static final String GRID_DEEP = "ui grid, deep page";
    static final String EDIT = "ui product edit form";
    static final String MODEL = "ui product model page";
    static final String CONNECTORS = "ui connectors list";
    static final String CONNECTOR = "ui connector page";
    static final String CONSISTENCY = "ui connector consistency";
    static final String IMPORTS = "ui imports page";
    static final String ATTRIBUTES = "ui settings attributes";

    private static final int WARM_UP = 3;
    private static final int DEEP_PAGE = 50;
    private static final String WORD = "leather";
    private static final String FAMILY = "shoes";

    @Override
    public String name() {
        return "ui pages";
    }

    @Override
    public List<String> rowNames() {
        return List.of(DASHBOARD, GRID, GRID_SEARCH, GRID_FAMILY, GRID_DEEP, EDIT, MODEL, CONNECTORS, CONNECTOR,
                CONSISTENCY, IMPORTS, ATTRIBUTES);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        if (ctx.wants(SearchBenchmark.NAME)) {
            System.err.println("  measured by the search benchmark on its loaded server");
            return List.of();
        }
        int products = Integer.parseInt(BenchContext.setting("bench.products", "BENCH_PRODUCTS", "1000000").trim());
        String xmx = BenchContext.setting("bench.server-xmx", "BENCH_SERVER_XMX", "1g").trim();
        boolean keep = Boolean.parseBoolean(BenchContext.setting("bench.keep", "BENCH_KEEP", "false").trim());
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the server first (./mvnw -Pbench verify does)");
        }
        Path root = ctx.freshDir("ui-pages");
        try {
            CatalogGenerator.Summary catalog = CatalogApiBenchmark.generate(root.resolve("catalog"), products);
            ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
            try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server.log"), xmx,
                    PimApi.Credentials.BENCH.serverEnvironment())) {
                System.err.println("  server ready on port " + server.port() + ", log " + server.log());
                return measure(server, root.resolve("catalog"), catalog, xmx);
            }
        } finally {
            if (keep) {
                System.err.println("  kept " + root + " (bench.keep=true)");
            } else {
                BenchContext.deleteTree(root);
            }
        }
    }

    private List<Row> measure(RunningServer server, Path catalog, CatalogGenerator.Summary summary, String xmx)
            throws Exception {
        PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
        new StructureSetup(api, catalog).run();
        load(api, catalog);
        long wait = Long.parseLong(BenchContext.setting("bench.index-wait", "BENCH_INDEX_WAIT", "3600").trim());
        String index = new IndexCatchUp(server.base()).await(Duration.ofSeconds(wait));
        System.err.println("  " + index);
        return timePages(api, server, summary, xmx, index);
    }

    /**
     * The page rows on a server already loaded with the generated catalog and its index caught up: the search
     * benchmark calls this too, so that one 1M-product load serves both.
     */
    static List<Row> timePages(PimApi api, RunningServer server, CatalogGenerator.Summary summary, String xmx,
            String index) throws Exception {
        String connector = connectorRun(api, server);
        UiSession ui = new UiSession(server.base());
        ui.login(PimApi.Credentials.BENCH.user(), PimApi.Credentials.BENCH.password());
        int requests = Integer.parseInt(BenchContext.setting("bench.ui-requests", "BENCH_UI_REQUESTS", "50").trim());
        long budget = Long.parseLong(BenchContext.setting("bench.ui-page-seconds", "BENCH_UI_PAGE_SECONDS", "120")
                .trim());
        UiPageProbe probe = new UiPageProbe(ui, WARM_UP, requests, Duration.ofSeconds(budget));
        String common = String.format(Locale.ROOT, "; N=%,d products (%,d models), server -Xmx%s; %s; client "
                + "time on localhost, an upper bound of server time (with bench.keep the kept server.log's access log has each request's server ms); target "
                + "≤ 200 ms server time", summary.products(), summary.models(), xmx, index);
        List<Row> rows = new ArrayList<>();
        for (UiPageProbe.Page page : pages(probe, summary, connector)) {
            System.err.println("  timing " + page.row());
            Row row = probe.time(page);
            rows.add(new Row(row.name(), row.stats(), row.unit(), row.notes() + common));
        }
        return rows;
    }

    private static List<UiPageProbe.Page> pages(UiPageProbe probe, CatalogGenerator.Summary summary, String connector)
            throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        UiPageProbe.Deep deep = probe.walk("/ui/products", DEEP_PAGE);
        String consistency = "/ui/connectors/" + BenchConnectors.GOOGLE + "/consistency";
        return List.of(
                new UiPageProbe.Page(DASHBOARD, "/ui/dashboard", () -> "/ui/dashboard"),
                new UiPageProbe.Page(GRID, "/ui/products", () -> "/ui/products"),
                new UiPageProbe.Page(GRID_SEARCH, "/ui/products?q=" + WORD, () -> "/ui/products?q=" + WORD),
                new UiPageProbe.Page(GRID_FAMILY, "/ui/products?family=" + FAMILY,
                        () -> "/ui/products?family=" + FAMILY),
                new UiPageProbe.Page(GRID_DEEP, deepWhat(deep), deep::url),
                new UiPageProbe.Page(EDIT, "/ui/products/{sku}, random of " + summary.products(),
                        () -> "/ui/products/SKU-" + ProductStream.padded(1 + random.nextLong(summary.products()), 7)),
                new UiPageProbe.Page(MODEL, "/ui/product-models/{code}, random of " + summary.models(),
                        () -> "/ui/product-models/" + FlatJson.modelCode("MODEL-"
                                + ProductStream.padded(1 + random.nextLong(summary.models()), 6))),
                new UiPageProbe.Page(CONNECTORS, "/ui/connectors", () -> "/ui/connectors"),
                new UiPageProbe.Page(CONNECTOR, "/ui/connectors/" + BenchConnectors.GOOGLE + " (" + connector + ")",
                        () -> "/ui/connectors/" + BenchConnectors.GOOGLE),
                new UiPageProbe.Page(CONSISTENCY, consistency + " (compares every selected product)",
                        () -> consistency),
                new UiPageProbe.Page(IMPORTS, "/ui/imports", () -> "/ui/imports"),
                new UiPageProbe.Page(ATTRIBUTES, "/ui/settings/attributes", () -> "/ui/settings/attributes"));
    }

    private static String deepWhat(UiPageProbe.Deep deep) {
        String what = "page " + deep.page() + " (25 rows a page) reached by following \"next\" from /ui/products";
        if (deep.stopped() != null) {
            return what + "; PAGE " + DEEP_PAGE + " NOT REACHABLE: " + deep.stopped();
        }
        return deep.page() < DEEP_PAGE ? what + ", the grid's last page" : what;
    }

    /** Product models, then products, by collection PATCH, two requests in flight, as the other benchmarks do. */
    private static void load(PimApi api, Path catalog) throws Exception {
        FlatJson flat = FlatJson.fromCatalog(catalog);
        try (LineSource models = new LineSource(catalog.resolve("product_models.csv"), flat::productModel,
                api.json(), Long.MAX_VALUE)) {
            CollectionLoad.Result result = CollectionLoad.run(api, "/api/rest/v1/product-models", models, 10_000, 2);
            System.err.printf("  loaded %,d product models (%,d errors%s)%n", result.committed(), result.errors(),
                    result.firstErrors().isEmpty() ? "" : ", first: " + result.firstErrors().get(0));
        }
        try (LineSource items = new LineSource(catalog.resolve("products.csv"), flat::product, api.json(),
                Long.MAX_VALUE)) {
            CollectionLoad.Result result = CollectionLoad.run(api, "/api/rest/v1/products", items, 10_000, 2);
            System.err.printf("  loaded %,d products at %.0f/s (%,d errors)%n", result.committed(),
                    result.overallRate(), result.errors());
        }
    }

    /**
     * The connector pages show its runs and compare against what was delivered: a connector that has run once is
     * the realistic case. A failed run still leaves pages to time, so it is a note, not a failure.
     */
    private static String connectorRun(PimApi api, RunningServer server) throws Exception {
        BenchConnectors connectors = new BenchConnectors(api, server.base());
        connectors.google();
        try {
            long start = System.nanoTime();
            JsonNode run = connectors.run(BenchConnectors.GOOGLE, "full");
            return String.format(Locale.ROOT, "after one full run of %.0f s", (System.nanoTime() - start) / 1e9)
                    + (run.path("counts").isMissingNode()
                            ? ""
                            : ", " + run.path("counts").toString()
                                    .replace('|', '/'));
        } catch (IllegalStateException e) {
            System.err.println("  connector run failed: " + e.getMessage());
            return "its full run FAILED: " + e.getMessage().lines().findFirst().orElse("").replace('|', '/');
        }
    }
}
