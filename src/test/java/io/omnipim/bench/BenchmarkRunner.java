package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark command, run by {@code ./mvnw -Pbench verify} after packaging. Prints a Markdown table and the
 * machine it ran on, and writes the same to {@code <build-dir>/bench/results.md}.
 *
 * <p>
 * Settings (system property, else environment variable): {@code pim.test.build-dir} / PIM_TEST_BUILD_DIR (default
 * "target"), {@code bench.runs} / BENCH_RUNS (default 5), {@code bench.only} / BENCH_ONLY (comma-separated
 * benchmark or row names, default all).
 */
public final class BenchmarkRunner {

    /** Add new benchmarks here; they run in this order. */
    static final List<Benchmark> BENCHMARKS = List.of(new CatalogGenerationBenchmark(), new StartupBenchmark(),
            new CatalogApiBenchmark(), new ImportBenchmark(), new SyndicationBenchmark(), new SearchBenchmark(),
            new UiPagesBenchmark());

    private BenchmarkRunner() {
    }

    /**
     * Throws instead of calling System.exit: under exec:java this runs inside the Maven JVM, and an exception is
     * what fails the build there.
     */
    public static void main(String[] args) throws Exception {
        BenchContext ctx = BenchContext.fromEnvironment();
        System.err.println("benchmarks: build dir " + ctx.buildDir() + ", " + ctx.runs() + " runs"
                + (ctx.only().isEmpty() ? "" : ", only " + ctx.only()));
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Benchmark benchmark : BENCHMARKS) {
            if (selected(benchmark, ctx)) {
                rows.addAll(run(benchmark, ctx, failures));
            }
        }
        String report = table(rows) + "\n" + machine() + "\n";
        System.out.println();
        System.out.print(report);
        Files.writeString(ctx.scratchDir().resolve("results.md"), report);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmarks failed: " + String.join(", ", failures));
        }
    }

    /** A failing benchmark does not hide the others' results: it gets a FAILED row and fails the build at the end. */
    private static List<Row> run(Benchmark benchmark, BenchContext ctx, List<String> failures) {
        System.err.println("running " + benchmark.name());
        try {
            List<Row> kept = new ArrayList<>();
            for (Row row : benchmark.run(ctx)) {
                if (ctx.wants(benchmark.name()) || ctx.wants(row.name())) {
                    kept.add(row);
                }
                // a benchmark may keep its other rows when one part fails; the failure still fails the build
                if (row.failed() && !failures.contains(benchmark.name())) {
                    failures.add(benchmark.name());
                }
            }
            return kept;
        } catch (Exception e) {
            System.err.println(benchmark.name() + " failed: " + e.getMessage());
            e.printStackTrace();
            failures.add(benchmark.name());
            return List.of(Row.failed(benchmark.name(), e));
        }
    }

    private static boolean selected(Benchmark benchmark, BenchContext ctx) {
        return ctx.wants(benchmark.name()) || benchmark.rowNames().stream().anyMatch(ctx::wants);
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| benchmark | runs | median | p95 | max | unit | notes |\n")
                .append("|---|---:|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            out.append(row.markdown()).append('\n');
        }
        return out.toString();
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Machine: %d CPUs (nproc), %s RAM, Java %s (%s), %s %s %s",
                runtime.availableProcessors(), totalMemory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    /** MemTotal from /proc/meminfo: the JVM only knows its own heap limits. */
    private static String totalMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say so rather than guess
        }
        return "unknown";
    }
}
