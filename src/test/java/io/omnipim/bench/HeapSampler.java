package io.omnipim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the server's heap from {@code /q/metrics} once a second while a load runs: the used heap, and the live
 * data after the last collection ({@code jvm_gc_live_data_size_bytes}). Used heap includes garbage not yet
 * collected, so it saws up and down with the young collections; what matters is whether the peaks climb as more
 * products are written, hence first-quarter against last-quarter maxima. The live data is the steadier sign of
 * memory the server keeps.
 */
final class HeapSampler implements AutoCloseable {

    /** The samples in MB, in order; {@code live} is empty when the server does not publish it. */
    record Samples(List<Double> megabytes, List<Double> live) {

        /** Flat: the peaks of the last quarter are within 20 % (and 50 MB) of those of the first. */
        String verdict() {
            String used = compare(megabytes);
            return live.isEmpty() ? used : used + "; live after GC " + compare(live);
        }

        private static String compare(List<Double> series) {
            if (series.size() < 4) {
                return String.format(Locale.ROOT, "only %d samples", series.size());
            }
            int quarter = series.size() / 4;
            double first = max(series.subList(0, quarter));
            double last = max(series.subList(series.size() - quarter, series.size()));
            return String.format(Locale.ROOT, "first-quarter max %.0f MB, last-quarter max %.0f MB: %s", first,
                    last, last <= first * 1.2 + 50 ? "flat" : "GROWING");
        }

        private static double max(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private static final long PERIOD_MILLIS = 1000;
    private static final double MB = 1024.0 * 1024.0;

    private final PimApi api;
    private final List<Double> used = new ArrayList<>();
    private final List<Double> live = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler(PimApi api) {
        this.api = api;
        this.thread = new Thread(this::loop, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start(PimApi api) {
        HeapSampler sampler = new HeapSampler(api);
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling and returns what was seen; a last sample is taken so that short loads get one. */
    Samples stop() throws InterruptedException {
        running = false;
        // no interrupt: it would abort a metrics call in flight; the loop ends within a second
        thread.join();
        sample();
        synchronized (used) {
            return new Samples(List.copyOf(used), List.copyOf(live));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (running) {
            stop();
        }
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sample() {
        try {
            String metrics = api.metrics();
            double liveBytes = sum(metrics, "jvm_gc_live_data_size_bytes", "");
            synchronized (used) {
                used.add(sum(metrics, "jvm_memory_used_bytes{", "area=\"heap\"") / MB);
                if (liveBytes > 0) {
                    live.add(liveBytes / MB);
                }
            }
        } catch (Exception e) {
            // a missed sample (server busy past the timeout) is no reason to fail the load it watches
            System.err.println("  heap sample failed: " + e);
        }
    }

    /**
     * The sum of the Prometheus samples whose line starts with {@code prefix} and contains {@code label}: the heap
     * pools (eden, survivor, old) for the used heap.
     */
    static double sum(String prometheus, String prefix, String label) {
        double total = 0;
        for (String line : (Iterable<String>) prometheus.lines()::iterator) {
            if (line.startsWith(prefix) && line.contains(label)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
