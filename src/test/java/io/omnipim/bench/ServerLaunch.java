package io.omnipim.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged server once as a child process, waits until it reports ready, samples its memory and stops
 * it with SIGTERM. The server's own children (PostgreSQL, Elasticsearch) are cleaned up if it leaves them behind.
 */
final class ServerLaunch {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    /** Times in seconds, memory in kB. */
    record Result(double readySeconds, double stopSeconds, long peakRssKb, long treePssKb) {
    }

    private final Path jar;
    private final Path workDir;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    /** @param workDir the server's working directory */
    ServerLaunch(Path jar, Path workDir) {
        this.jar = jar;
        this.workDir = workDir;
    }

    /** One start-to-ready and stop cycle; the server output goes to {@code log}. */
    Result run(Path dataDir, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process server = start(dataDir, log, "512m", Map.of()).process();
        double ready = (System.nanoTime() - start) / 1e9;
        // sampled just before stopping: VmHWM is the JVM's high-water mark over the whole start
        long peakRss = ProcMemory.read(server.pid(), "status", "VmHWM");
        long treePss = ProcMemory.treePss(server.toHandle());
        double stop = stop(server);
        return new Result(ready, stop, peakRss, treePss);
    }

    /**
     * Starts the server and returns once it is ready, for benchmarks that measure while it runs. {@code env} is
     * added to the server's environment (credentials, for instance); the caller must close the result.
     */
    RunningServer start(Path dataDir, Path log, String xmx, Map<String, String> env)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + xmx));
        // extra JVM options for the server only (a collector to compare, say): bench.server-jvm / BENCH_SERVER_JVM
        String extra = BenchContext.setting("bench.server-jvm", "BENCH_SERVER_JVM", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PIM_DATA_DIR", dataDir.toString());
        builder.environment().put("PIM_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PIM_ES_HEAP", "512m");
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process server = builder.start();
        try {
            awaitReady(server, port, start, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            killTree(server);
            throw e;
        }
        return new RunningServer(server, port, log);
    }

    private void awaitReady(Process server, int port, long start, Path log) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = start + READY_TIMEOUT.toNanos();
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited with code " + server.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("server not ready after " + READY_TIMEOUT.toSeconds()
                        + " s; last lines of " + log + ":\n" + tail(log));
            }
            if (isUp(ready)) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean isUp(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** SIGTERM, then SIGKILL if the server is still there after a minute. Returns the seconds it took to exit. */
    static double stop(Process server) throws InterruptedException {
        List<ProcessHandle> children = server.descendants().toList();
        long start = System.nanoTime();
        server.destroy();
        if (!server.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.err.println("server did not stop within " + STOP_TIMEOUT.toSeconds() + " s, killing it");
            server.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reapOrphans(children);
        return seconds;
    }

    /** A graceful server stops its children itself; anything still alive afterwards is a leak we clean up. */
    private static void reapOrphans(List<ProcessHandle> children) throws InterruptedException {
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                System.err.println("server left child process " + child.pid() + " running, stopping it");
                child.destroy();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle child : children) {
            while (child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
            child.destroyForcibly();
        }
    }

    static void killTree(Process server) throws InterruptedException {
        List<ProcessHandle> children = server.descendants().toList();
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }

    static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
