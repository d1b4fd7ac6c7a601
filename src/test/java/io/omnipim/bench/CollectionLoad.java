package io.omnipim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a {@link LineSource} as collection PATCH requests of {@code chunkLines} lines, {@code inFlight} at a time,
 * and tallies the per-line answers: 201 and 204 are committed, anything else is an error.
 */
final class CollectionLoad {

    /** @param requestRates committed lines per second of each request */
    record Result(long lines, long committed, long errors, List<String> firstErrors, List<Double> requestRates,
            double seconds) {

        double overallRate() {
            return committed / seconds;
        }
    }

    private static final int ERRORS_KEPT = 5;

    private final PimApi api;
    private final String path;
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstErrors = new ArrayList<>();
    private final List<Double> requestRates = new ArrayList<>();
    private final AtomicBoolean failed = new AtomicBoolean();

    private CollectionLoad(PimApi api, String path) {
        this.api = api;
        this.path = path;
    }

    static Result run(PimApi api, String path, LineSource source, int chunkLines, int inFlight)
            throws Exception {
        return new CollectionLoad(api, path).send(source, chunkLines, inFlight);
    }

    private Result send(LineSource source, int chunkLines, int inFlight) throws Exception {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < inFlight; i++) {
                running.add(workers.submit(() -> {
                    requestsUntilDone(source, chunkLines);
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get(); // rethrows the first failure, after which the other worker stops too
            }
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (this) {
            return new Result(lines.get(), committed.get(), errors.get(), List.copyOf(firstErrors),
                    List.copyOf(requestRates), seconds);
        }
    }

    private void requestsUntilDone(LineSource source, int chunkLines) throws IOException, InterruptedException {
        while (!failed.get()) {
            ChunkBody body = new ChunkBody(source, chunkLines);
            if (body.isEmpty()) {
                return;
            }
            try {
                request(body);
            } catch (IOException | InterruptedException | RuntimeException e) {
                failed.set(true);
                throw e;
            }
        }
    }

    private void request(ChunkBody body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = api.patchCollection(path, body);
        long ok = 0;
        long answered = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("collection PATCH " + path + " answered " + response.statusCode()
                        + ": " + reader.readLine());
            }
            String line;
            while ((line = reader.readLine()) != null) {
                answered++;
                int status = statusOf(line);
                if (status == 201 || status == 204) {
                    ok++;
                } else {
                    error(line);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = body.lines();
        if (answered < sent) {
            // the server stopped answering half-way: the missing lines are not committed as far as we know
            error((sent - answered) + " of " + sent + " lines got no answer line");
            errors.addAndGet(sent - answered - 1);
        }
        lines.addAndGet(sent);
        long total = committed.addAndGet(ok);
        synchronized (this) {
            requestRates.add(ok / seconds);
        }
        System.err.printf("  %s: %d lines in %.1f s (%.0f committed/s), %d committed so far%n", path, sent, seconds,
                ok / seconds, total);
    }

    private synchronized void error(String line) {
        errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(line);
            System.err.println("  error line: " + line);
        }
    }

    /** The status_code of an answer line, -1 if it has none; cheaper than parsing a million lines as JSON. */
    static int statusOf(String line) {
        int at = line.indexOf("\"status_code\":");
        if (at < 0) {
            return -1;
        }
        int from = at + "\"status_code\":".length();
        int to = from;
        while (to < line.length() && Character.isDigit(line.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Integer.parseInt(line.substring(from, to));
    }
}
