package io.omnipim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap while a request runs: every {@link #PERIOD_MILLIS} it asks the server JVM for a full
 * collection ({@code jcmd <pid> GC.run}) and reads the heap used right after ({@code GC.heap_info}), which is what
 * the server really holds at that moment. Costlier than {@link HeapSampler} (a full GC every period), so it
 * watches one request only: whether what is held grows with the lines handled.
 */
final class LiveHeapProbe implements AutoCloseable {

    static final long PERIOD_MILLIS = 10_000;
    private static final Pattern USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

    private final long pid;
    private final String jcmd;
    private final List<Double> megabytes = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private LiveHeapProbe(long pid) {
        this.pid = pid;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        this.thread = new Thread(this::loop, "live-heap-probe");
        thread.setDaemon(true);
    }

    static LiveHeapProbe start(long pid) {
        LiveHeapProbe probe = new LiveHeapProbe(pid);
        probe.thread.start();
        return probe;
    }

    /** Live heap in MB after each forced collection, in order. */
    List<Double> stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        synchronized (megabytes) {
            return List.copyOf(megabytes);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (running) {
            stop();
        }
    }

    /** "live after full GC 120–180 MB, first half max … last half max …: flat" */
    static String verdict(List<Double> live) {
        if (live.size() < 4) {
            return String.format(Locale.ROOT, "live after full GC: only %d samples", live.size());
        }
        int half = live.size() / 2;
        double first = live.subList(0, half).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double last = live.subList(half, live.size()).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = live.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return String.format(Locale.ROOT, "live after a full GC every %d s (%d samples): %.0f–%.0f MB, first-half "
                + "max %.0f MB, last-half max %.0f MB: %s", PERIOD_MILLIS / 1000, live.size(), min,
                Math.max(first, last), first, last, last <= first * 1.2 + 50 ? "flat" : "GROWING");
    }

    private void loop() {
        try {
            while (running) {
                Thread.sleep(PERIOD_MILLIS);
                sample();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() throws InterruptedException {
        try {
            run("GC.run");
            Matcher m = USED.matcher(run("GC.heap_info"));
            if (m.find()) {
                synchronized (megabytes) {
                    megabytes.add(Long.parseLong(m.group(1)) / 1024.0);
                }
            }
        } catch (IOException e) {
            System.err.println("  live heap sample failed: " + e);
        }
    }

    private String run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }
}
