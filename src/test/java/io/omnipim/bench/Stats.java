package io.omnipim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summary of repeated measurements. Percentiles use the nearest-rank method, so with five runs p95 and p99 are
 * the maximum: a handful of runs cannot say more.
 */
record Stats(int count, double median, double p95, double p99, double max) {

    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(n, median, percentile(sorted, 95), percentile(sorted, 99), sorted.get(n - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
