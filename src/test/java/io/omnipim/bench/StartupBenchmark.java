package io.omnipim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Time from launching the packaged server to a ready health check, cold (empty data dir: PostgreSQL initdb and
 * Elasticsearch unpack included) and warm (data dir reused), plus the server's memory and its graceful stop time.
 */
final class StartupBenchmark implements Benchmark {

    static final String COLD = "cold start to ready";
    static final String WARM = "warm start to ready";
    static final String PEAK_RSS = "server peak RSS";
    static final String TREE_PSS = "server + PostgreSQL + Elasticsearch PSS";
    static final String STOP = "graceful stop";

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<String> rowNames() {
        return List.of(COLD, WARM, PEAK_RSS, TREE_PSS, STOP);
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        Path jar = ctx.buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: package the server first (./mvnw -Pbench verify does)");
        }
        // the project dir, as when a developer runs java -jar target/quarkus-app/quarkus-run.jar
        ServerLaunch launch = new ServerLaunch(jar, ctx.buildDir().getParent());
        Path logs = ctx.freshDir("startup-logs");
        Path data = ctx.freshDir("startup-data");
        List<ServerLaunch.Result> cold = new ArrayList<>();
        List<ServerLaunch.Result> warm = new ArrayList<>();
        boolean everything = ctx.only().isEmpty() || ctx.wants(name());
        boolean runWarm = everything || ctx.wants(WARM);
        // the memory and stop rows come from whichever starts ran; asked for alone, they get the cold starts
        boolean runCold = everything || ctx.wants(COLD) || !runWarm;
        try {
            if (runCold) {
                cold = coldStarts(ctx, launch, data, logs);
            }
            if (runWarm) {
                warm = warmStarts(ctx, launch, data, logs);
            }
        } finally {
            BenchContext.deleteTree(data);
        }
        return rows(cold, warm);
    }

    private static List<ServerLaunch.Result> coldStarts(BenchContext ctx, ServerLaunch launch, Path data, Path logs)
            throws Exception {
        List<ServerLaunch.Result> results = new ArrayList<>();
        for (int run = 1; run <= ctx.runs(); run++) {
            Path dir = data.resolve("cold-" + run);
            results.add(report(COLD, run, launch.run(dir, logs.resolve("cold-" + run + ".log"))));
            // each cold data dir holds a whole database and search node: do not keep five of them
            BenchContext.deleteTree(dir);
        }
        return results;
    }

    private static List<ServerLaunch.Result> warmStarts(BenchContext ctx, ServerLaunch launch, Path data, Path logs)
            throws Exception {
        Path dir = data.resolve("warm");
        report("warm-up start (not timed)", 0, launch.run(dir, logs.resolve("warm-up.log")));
        List<ServerLaunch.Result> results = new ArrayList<>();
        for (int run = 1; run <= ctx.runs(); run++) {
            results.add(report(WARM, run, launch.run(dir, logs.resolve("warm-" + run + ".log"))));
        }
        return results;
    }

    /** Progress on stderr, so a slow benchmark shows it is alive while the table stays on stdout. */
    private static ServerLaunch.Result report(String what, int run, ServerLaunch.Result result) {
        System.err.printf("  %s #%d: ready in %.2f s, peak RSS %d MB, stopped in %.2f s%n", what, run,
                result.readySeconds(), result.peakRssKb() / 1024, result.stopSeconds());
        return result;
    }

    private static List<Row> rows(List<ServerLaunch.Result> cold, List<ServerLaunch.Result> warm) {
        List<ServerLaunch.Result> all = new ArrayList<>(cold);
        all.addAll(warm);
        List<Row> rows = new ArrayList<>();
        if (!cold.isEmpty()) {
            rows.add(new Row(COLD, stats(cold, r -> r.readySeconds()), "s",
                    "new empty data dir per run: PostgreSQL initdb + Elasticsearch unpack"));
        }
        if (!warm.isEmpty()) {
            rows.add(new Row(WARM, stats(warm, r -> r.readySeconds()), "s",
                    "same data dir, after one untimed warm-up start"));
        }
        if (!all.isEmpty()) {
            rows.add(new Row(PEAK_RSS, stats(all, r -> r.peakRssKb() / 1024.0), "MB",
                    "VmHWM of the server JVM (-Xmx512m) at ready, cold and warm runs"));
            rows.add(new Row(TREE_PSS, stats(all, r -> r.treePssKb() / 1024.0), "MB",
                    "PSS of the server and its child processes at ready (PIM_ES_HEAP=512m)"));
            rows.add(new Row(STOP, stats(all, r -> r.stopSeconds()), "s", "SIGTERM until the server exited"));
        }
        return rows;
    }

    private static Stats stats(List<ServerLaunch.Result> results,
            ToDoubleFunction<ServerLaunch.Result> metric) {
        List<Double> samples = new ArrayList<>();
        for (ServerLaunch.Result result : results) {
            samples.add(metric.applyAsDouble(result));
        }
        return Stats.of(samples);
    }
}
