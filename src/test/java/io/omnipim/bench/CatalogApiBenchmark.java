package io.omnipim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The "Catalog core" speed targets through the REST API, on one server loaded with N generated products: the
 * collection PATCH load rate and the server heap while it runs, then single-request latencies (GET one product,
 * search_after list pages, single PATCH) with the catalog loaded.
 *
 * <p>
 * Settings (system property, else environment variable): {@code bench.products} / BENCH_PRODUCTS (default
 * 1,000,000: a run at that size takes several minutes, mostly loading: 16 to 20 minutes on 2 cores at the 1,100 to
 * 1,500 products/s measured there; it needs 1.2 GB of CSV and about 8 GB of server data on disk, see the row
 * "server data on disk after load"; BENCH_PRODUCTS=20000 checks the benchmark itself in two minutes), {@code bench.server-xmx} /
 * BENCH_SERVER_XMX (server heap, default 1g), {@code bench.chunk} / BENCH_CHUNK (lines per collection PATCH
 * request, default 25,000, at most a tenth of N), {@code bench.keep} / BENCH_KEEP ({@code true} keeps the server
 * data dir and the generated CSVs under {@code <build-dir>/bench/catalog-api}).
 */
final class CatalogApiBenchmark implements Benchmark {

    static final String DISK = "server data on disk after load";
    private static final long SEED = 42;

    @Override
    public String name() {
        return "catalog api";
    }

    @Override
    public List<String> rowNames() {
        List<String> names = new ArrayList<>(CatalogLoadPhase.ROWS);
        names.add(DISK);
        names.addAll(LatencyPhase.ROWS);
        return names;
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        int products = Integer.parseInt(BenchContext.setting("bench.products", "BENCH_PRODUCTS", "1000000").trim());
        String xmx = BenchContext.setting("bench.server-xmx", "BENCH_SERVER_XMX", "1g").trim();
        int chunk = Integer.parseInt(BenchContext.setting("bench.chunk", "BENCH_CHUNK", "25000").trim());
        boolean keep = Boolean.parseBoolean(BenchContext.setting("bench.keep", "BENCH_KEEP", "false").trim());
        if (products < 1) {
            throw new IllegalArgumentException("bench.products must be at least 1: " + products);
        }
        // small catalogs still get about ten requests, so that a median over requests means something
        int chunkLines = Math.max(1, Math.min(chunk, (products + 9) / 10));
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the server first (./mvnw -Pbench verify does)");
        }
        Path root = ctx.freshDir("catalog-api");
        Path catalog = root.resolve("catalog");
        Path data = root.resolve("data");
        try {
            generate(catalog, products);
            return measure(ctx, jar, root, catalog, products, xmx, chunkLines);
        } finally {
            if (keep) {
                System.err.println("  kept " + root + " (bench.keep=true)");
            } else {
                BenchContext.deleteTree(data);
                BenchContext.deleteTree(catalog);
            }
        }
    }

    static CatalogGenerator.Summary generate(Path catalog, int products) throws Exception {
        long start = System.nanoTime();
        CatalogGenerator.Summary summary = new CatalogGenerator(SEED).write(catalog, products);
        System.err.printf("  generated %,d products (%,d variants, %,d models), %.0f MB in %.1f s%n",
                summary.products(), summary.variants(), summary.models(), summary.bytes() / 1e6,
                (System.nanoTime() - start) / 1e9);
        return summary;
    }

    /** The server lives only inside this method: closing it stops it, whatever failed. */
    private static List<Row> measure(BenchContext ctx, Path jar, Path root, Path catalog, int products, String xmx,
            int chunkLines) throws Exception {
        ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
        Path log = root.resolve("server.log");
        List<Row> rows = new ArrayList<>();
        try (RunningServer server = launch.start(root.resolve("data"), log, xmx,
                PimApi.Credentials.BENCH.serverEnvironment())) {
            System.err.println("  server ready on port " + server.port() + ", pid " + server.pid() + ", log " + log);
            PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
            long start = System.nanoTime();
            int calls = new StructureSetup(api, catalog).run();
            System.err.printf("  structure: %d API calls in %.1f s%n", calls, (System.nanoTime() - start) / 1e9);
            rows.addAll(new CatalogLoadPhase(api, FlatJson.fromCatalog(catalog), catalog, chunkLines,
                    server.pid()).run(products, xmx));
            rows.add(diskRow(root.resolve("data")));
            rows.addAll(latencies(api, products));
        }
        return rows;
    }

    /**
     * PostgreSQL's files, and Elasticsearch's index files (not its unpacked distribution, which sits next to
     * them). Measured right after the load, while the search indexer may still be catching up.
     */
    private static Row diskRow(Path data) throws IOException {
        Path index = data.resolve("elasticsearch").resolve("data");
        String notes = Files.isDirectory(index)
                ? String.format(Locale.ROOT, "PostgreSQL data dir; Elasticsearch index files %.0f MB more (the "
                        + "search indexer may still be catching up)", megabytes(index))
                : "PostgreSQL data dir; Elasticsearch keeps its files outside the data dir here";
        return new Row(DISK, Stats.of(List.of(megabytes(data.resolve("postgres")))), "MB", notes);
    }

    /** Files come and go while the server runs (WAL segments, merges): those are skipped, not an error. */
    private static double megabytes(Path dir) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try {
                    bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
                } catch (IOException gone) {
                    // deleted between listing and reading its size
                }
            }
        } catch (UncheckedIOException gone) {
            // a directory vanished during the walk: what was counted so far is close enough
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** The load rows cost minutes at full size: a failure measuring latencies must not throw them away. */
    private static List<Row> latencies(PimApi api, int products) {
        try {
            return LatencyPhase.run(api, products);
        } catch (Exception e) {
            System.err.println("  latencies failed: " + e);
            e.printStackTrace();
            return LatencyPhase.ROWS.stream().map(name -> Row.failed(name, e)).toList();
        }
    }
}
