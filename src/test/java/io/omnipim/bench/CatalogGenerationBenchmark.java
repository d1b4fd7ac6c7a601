package io.omnipim.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shows that generating test catalogs is not what limits an import benchmark: products written per second. */
final class CatalogGenerationBenchmark implements Benchmark {

    static final String ROW = "catalog generation (100,000 products)";
    private static final int PRODUCTS = 100_000;
    private static final long SEED = 42;

    @Override
    public String name() {
        return "catalog generation";
    }

    @Override
    public List<String> rowNames() {
        return List.of(ROW);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        // a few runs are plenty: the number only has to be far above any import rate
        int runs = Math.max(1, Math.min(3, ctx.runs()));
        List<Double> rates = new ArrayList<>();
        long bytes = 0;
        for (int run = 1; run <= runs; run++) {
            Path dir = ctx.freshDir("catalog");
            try {
                long start = System.nanoTime();
                CatalogGenerator.Summary summary = new CatalogGenerator(SEED).write(dir, PRODUCTS);
                double seconds = (System.nanoTime() - start) / 1e9;
                rates.add(PRODUCTS / seconds);
                bytes = summary.bytes();
                System.err.printf("  %s #%d: %.2f s%n", ROW, run, seconds);
            } finally {
                BenchContext.deleteTree(dir);
            }
        }
        String notes = String.format(Locale.ROOT, "one thread, %.0f MB of CSV per run, seed %d",
                bytes / 1e6, SEED);
        return List.of(new Row(ROW, Stats.of(rates), "products/s", notes));
    }
}
