package io.omnipim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends price changes at a steady rate (single product PATCHes, each with a price never used before) and then
 * waits for each to reach the {@link WebhookSink}: the latencies from sending the PATCH to the shop receiving it.
 */
final class PriceTicker {

    /** Latencies in ms of the changes that arrived, how many never did, and the PATCHes that failed. */
    record Result(List<Double> latencies, int missing, long failedPatches, double achievedRate) {
    }

    private final PimApi api;
    private final WebhookSink sink;

    PriceTicker(PimApi api, WebhookSink sink) {
        this.api = api;
        this.sink = sink;
    }

    Result run(List<String> skus, int perSecond, int seconds) throws InterruptedException {
        int count = Math.min(skus.size(), perSecond * seconds);
        long[] sent = new long[count];
        String[] prices = new String[count];
        AtomicLong failed = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            prices[n] = String.format(Locale.ROOT, "%d.%02d", 500 + n / 100, n % 100);
            senders.execute(() -> {
                sent[n] = System.nanoTime();
                if (!patch(skus.get(n), prices[n])) {
                    failed.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        double rate = count / ((System.nanoTime() - start) / 1e9);
        return collect(skus, sent, prices, count, failed.get(), rate);
    }

    private Result collect(List<String> skus, long[] sent, String[] prices, int count, long failed, double rate)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<Double> latencies = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < count; i++) {
            Long arrived = sink.arrival(skus.get(i), prices[i]);
            while (arrived == null && System.nanoTime() < deadline) {
                Thread.sleep(50);
                arrived = sink.arrival(skus.get(i), prices[i]);
            }
            if (arrived == null) {
                missing++;
            } else {
                latencies.add((arrived - sent[i]) / 1e6);
            }
        }
        return new Result(latencies, missing, failed, rate);
    }

    private boolean patch(String sku, String price) {
        String body = "{\"values\":{\"price\":[{\"locale\":null,\"scope\":null,\"data\":[{\"amount\":\"" + price
                + "\",\"currency\":\"EUR\"}]}]}}";
        try {
            return api.patch("/api/rest/v1/products/" + sku, body).statusCode() == 204;
        } catch (Exception e) {
            return false;
        }
    }
}
