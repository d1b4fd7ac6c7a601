package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits until the machine's CPUs are mostly idle (from {@code /proc/stat}): after a million-product load and
 * catch-up, Elasticsearch merges its segments and PostgreSQL's autovacuum goes through the new rows for minutes,
 * and latencies measured meanwhile say more about that housekeeping than about the request path.
 */
final class QuietMachine {

    private static final double IDLE_SHARE = 0.8;
    private static final Duration SAMPLE = Duration.ofSeconds(5);

    private QuietMachine() {
    }

    /** Returns a note: how long it waited, and whether the machine did settle within {@code limit}. */
    static String await(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        double idle = 0;
        while (System.nanoTime() - start < limit.toNanos()) {
            idle = idleShare();
            if (idle < 0 || idle >= IDLE_SHARE) {
                break;
            }
        }
        double waited = (System.nanoTime() - start) / 1e9;
        return idle < 0
                ? "CPU idle share unknown (no /proc/stat)"
                : String.format(Locale.ROOT,
                        "measured after %.0f s waiting for the machine to settle (CPU idle %.0f %% "
                                + "over %d s%s)",
                        waited, idle * 100, SAMPLE.toSeconds(),
                        idle >= IDLE_SHARE ? "" : ", NOT settled");
    }

    /** The share of CPU time spent idle over one sample period, or -1 when it cannot be read. */
    private static double idleShare() throws InterruptedException {
        try {
            long[] before = cpu();
            Thread.sleep(SAMPLE.toMillis());
            long[] after = cpu();
            double total = after[0] - before[0];
            return total <= 0 ? -1 : (after[1] - before[1]) / total;
        } catch (IOException e) {
            Thread.sleep(SAMPLE.toMillis());
            return -1;
        }
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs. */
    private static long[] cpu() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[]{total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
