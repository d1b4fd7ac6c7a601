package io.omnipim.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "Bulk import and export" speed targets on one server with a 512 MB heap: import of the generated flat CSV
 * (products with variants, FR/EN/DE text, prices), the same file as a dry run first, an XLSX of up to 100,000 new
 * simple products, and a CSV export of everything. Rates come from the jobs' own durations.
 *
 * <p>
 * The issue measures index catch-up separately: the server runs these rows with its search indexer paused (as the
 * search benchmark loads its catalog), so the import does not share the two cores with the indexer. With
 * {@code bench.import-catch-up} / BENCH_IMPORT_CATCH_UP=true it then restarts with the indexer on and times the
 * catch-up over the whole backlog as its own row (off by default: on a busy machine it can take longer than the
 * rest; the search benchmark's catch-up row measures the same indexer at its own size).
 *
 * <p>
 * Settings: {@code bench.products} / BENCH_PRODUCTS (default 1,000,000), {@code bench.server-xmx} /
 * BENCH_SERVER_XMX (default 512m, the cap), {@code bench.xlsx-rows} / BENCH_XLSX_ROWS (default 100,000),
 * {@code bench.keep} / BENCH_KEEP.
 */
final class ImportBenchmark implements Benchmark {

    static final String IMPORT = "import products csv";
    static final String HEAP = "import server heap";
    static final String DRY_RUN = "import dry run";
    static final String XLSX = "import xlsx";
    static final String EXPORT = "export products csv";
    static final String CATCH_UP = "import index catch-up";
    private static final int XLSX_MAX = 100_000;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<String> rowNames() {
        return List.of(DRY_RUN, IMPORT, HEAP, XLSX, EXPORT, CATCH_UP);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        int products = Integer.parseInt(BenchContext.setting("bench.products", "BENCH_PRODUCTS", "1000000").trim());
        String xmx = BenchContext.setting("bench.server-xmx", "BENCH_SERVER_XMX", "512m").trim();
        boolean keep = Boolean.parseBoolean(BenchContext.setting("bench.keep", "BENCH_KEEP", "false").trim());
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        Path root = ctx.freshDir("import");
        Path catalog = root.resolve("catalog");
        try {
            new CatalogGenerator(42).write(catalog, products);
            Path xlsx = root.resolve("new-products.xlsx");
            int xlsxMax = Integer.parseInt(BenchContext.setting("bench.xlsx-rows", "BENCH_XLSX_ROWS",
                    Integer.toString(XLSX_MAX)).trim());
            int xlsxRows = workbook(catalog.resolve("products.csv"), xlsx, Math.min(products, xlsxMax));
            ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
            Map<String, String> env = PimApi.Credentials.BENCH.serverEnvironment();
            Map<String, String> paused = new HashMap<>(env);
            paused.put("PIM_SEARCH_POLL_DELAY", "2h");
            List<Row> rows;
            try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server.log"), xmx, paused)) {
                PimApi api = new PimApi(server.base(), PimApi.Credentials.BENCH);
                new StructureSetup(api, catalog).run();
                importFile(api, catalog.resolve("product_models.csv"), "product_models", Map.of());
                rows = measure(api, catalog, xlsx, xlsxRows, products, xmx);
            }
            if (Boolean.parseBoolean(BenchContext.setting("bench.import-catch-up", "BENCH_IMPORT_CATCH_UP", "false")
                    .trim())) {
                try (RunningServer server = launch.start(root.resolve("data"), root.resolve("server-2.log"), xmx,
                        env)) {
                    rows.add(catchUp(server, products + xlsxRows, xmx));
                }
            }
            return rows;
        } finally {
            if (!keep) {
                BenchContext.deleteTree(root);
            }
        }
    }

    private static List<Row> measure(PimApi api, Path catalog, Path xlsx, int xlsxRows, int products, String xmx)
            throws Exception {
        List<Row> rows = new ArrayList<>();
        Path csv = catalog.resolve("products.csv");
        JsonNode dry = importFile(api, csv, "products", Map.of("dry_run", "true"));
        rows.add(rate(DRY_RUN, dry, "rows/s", "validates every row in a rolled-back transaction; target 2x import"));
        HeapSampler.Samples heap;
        JsonNode real;
        try (HeapSampler sampler = HeapSampler.start(api)) {
            real = importFile(api, csv, "products", Map.of());
            heap = sampler.stop();
        }
        rows.add(rate(IMPORT, real, "products/s", String.format(Locale.ROOT, "%,d products committed (%s), -Xmx%s;"
                + " target 10,000/s", products, counts(real), xmx)));
        rows.add(new Row(HEAP, Stats.of(heap.megabytes()), "MB", "used heap every second during the import; "
                + heap.verdict()));
        JsonNode workbook = importFile(api, xlsx, "products", Map.of());
        rows.add(rate(XLSX, workbook, "rows/s", String.format(Locale.ROOT, "%,d new simple products from an XLSX"
                + " (streamed read); target 5,000/s", xlsxRows)));
        String export = api.startExport(Map.of("type", "products"));
        JsonNode exported = api.awaitJob("/api/rest/v1/exports/" + export);
        rows.add(new Row(EXPORT, Stats.of(List.of(exported.path("duration_seconds").asDouble())), "s",
                String.format(Locale.ROOT, "%,d rows to CSV; target 60 s for 1M", exported.path("result")
                        .path("rows").asLong())));
        return rows;
    }

    /** The backlog the paused indexer left (models, products, the workbook's products), from the server's ready. */
    private static Row catchUp(RunningServer server, int products, String xmx) throws InterruptedException {
        long wait = Long.parseLong(BenchContext.setting("bench.index-wait", "BENCH_INDEX_WAIT", "3600").trim());
        long start = System.nanoTime();
        String caughtUp = new IndexCatchUp(server.base()).await(Duration.ofSeconds(wait));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.println("  " + caughtUp);
        return new Row(CATCH_UP, Stats.of(List.of(products / seconds)), "products/s", String.format(Locale.ROOT,
                "%,d imported products (and their models) indexed in %.0f s after a restart with the indexer on;"
                        + " %s; -Xmx%s",
                products, seconds, caughtUp, xmx));
    }

    private static JsonNode importFile(PimApi api, Path file, String type, Map<String, String> options)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        String id = api.startImport(file, type, options);
        JsonNode job = api.awaitJob("/api/rest/v1/imports/" + id);
        System.err.printf("  %s %s: %s in %.1f s %s%n", file.getFileName(), options, job.path("status").asText(),
                (System.nanoTime() - start) / 1e9, job.path("counts"));
        if (!job.path("status").asText().equals("done")) {
            throw new IllegalStateException("import of " + file + " ended " + job.toPrettyString());
        }
        return job;
    }

    private static Row rate(String name, JsonNode job, String unit, String notes) {
        double seconds = job.path("duration_seconds").asDouble();
        double rows = job.path("counts").path("read").asDouble();
        return new Row(name, Stats.of(List.of(rows / seconds)), unit, notes);
    }

    private static String counts(JsonNode job) {
        JsonNode c = job.path("counts");
        return String.format(Locale.ROOT, "%,d created, %,d updated, %,d rejected", c.path("created").asLong(),
                c.path("updated").asLong(), c.path("rejected").asLong());
    }

    /**
     * The first {@code max} generated products as new simple products in an XLSX: identifiers prefixed, no parent,
     * no EAN (both would collide with the CSV's products), everything else as generated.
     */
    private static int workbook(Path csv, Path xlsx, int max) throws IOException {
        List<String[]> rows = firstRows(csv, max + 1);
        String[] header = rows.get(0);
        int sku = indexOf(header, "sku");
        int parent = indexOf(header, "parent");
        int ean = indexOf(header, "ean");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = book.createSheet("products");
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (r > 0 && c == sku) {
                        v = "X" + v;
                    } else if (r > 0 && (c == parent || c == ean)) {
                        v = "";
                    }
                    row.createCell(c).setCellValue(v);
                }
            }
            book.write(out);
            book.dispose();
        }
        return rows.size() - 1;
    }

    private static List<String[]> firstRows(Path csv, int count) throws IOException {
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> out = new ArrayList<>();
        try (var it = mapper.readerFor(String[].class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(';'))
                .<String[]>readValues(csv.toFile())) {
            while (it.hasNext() && out.size() < count) {
                out.add(it.next());
            }
        }
        return out;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
