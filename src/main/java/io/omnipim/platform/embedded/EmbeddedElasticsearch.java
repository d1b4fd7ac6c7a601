package io.omnipim.platform.embedded;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * A single-node Elasticsearch unpacked from the Maven Central zip and run as a child process, bound to
 * 127.0.0.1. Its pid and port are written next to its data so a later start finds a copy that a killed launcher
 * left running, and reuses it (when healthy) or stops it, never starting a second one on the same data.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path root;
    private final long pid;
    private final int port;
    private final boolean adopted;

    private EmbeddedElasticsearch(Path root, long pid, int port, boolean adopted) {
        this.root = root;
        this.pid = pid;
        this.port = port;
        this.adopted = adopted;
    }

    public static EmbeddedElasticsearch start(EmbeddedSettings settings) {
        Optional<UnprivilegedAccount> account = UnprivilegedAccount.runningAsRoot()
                ? Optional.of(UnprivilegedAccount.findOrCreate())
                : Optional.empty();
        Path root = chooseRoot(settings.dataDir().resolve("elasticsearch"), account);
        try {
            Optional<EmbeddedElasticsearch> leftover = adoptOrStopLeftover(root);
            if (leftover.isPresent()) {
                return leftover.get();
            }
            Path home = ElasticsearchInstallation.ensureUnpacked(settings.locateElasticsearchZip(), root);
            int port = settings.elasticsearchPort() > 0 ? settings.elasticsearchPort() : freePort();
            prepareDirectories(root, home);
            if (account.isPresent()) {
                account.get().own(root);
            }
            Process launcher = launch(root, home, port, settings.elasticsearchHeap(), account);
            Files.writeString(root.resolve("es.port"), Integer.toString(port));
            long serverPid = awaitHealthy(root, port, launcher);
            LOG.infof("Elasticsearch ready on http://127.0.0.1:%d (pid %d), data in %s", port, serverPid, root);
            return new EmbeddedElasticsearch(root, serverPid, port, false);
        } catch (IOException e) {
            throw new EmbeddedStartException("embedded Elasticsearch did not start in " + root + ": " + e.getMessage(),
                    e);
        }
    }

    /** Where the Elasticsearch files of a data directory live (see {@link #chooseRoot}). */
    public static Path rootFor(Path dataDir) {
        return chooseRoot(dataDir.resolve("elasticsearch"), UnprivilegedAccount.runningAsRoot()
                ? Optional.of(UnprivilegedAccount.findOrCreate())
                : Optional.empty());
    }

    /**
     * As root, Elasticsearch runs as an unprivileged account that must be able to walk down to its files. When the
     * data directory sits somewhere it cannot reach (under /root, say), its files live in /var/lib instead, one
     * folder per data directory, so the data is still kept between runs.
     */
    static Path chooseRoot(Path preferred, Optional<UnprivilegedAccount> account) {
        if (account.isEmpty() || account.get().canReach(preferred)) {
            return preferred;
        }
        String key = Integer.toHexString(preferred.toString().hashCode());
        Path fallback = Path.of("/var/lib/omnipim", "es-" + key);
        LOG.infof("the account %s cannot reach %s; Elasticsearch files go to %s", account.get().name, preferred,
                fallback);
        return fallback;
    }

    private static Optional<EmbeddedElasticsearch> adoptOrStopLeftover(Path root) {
        Optional<ProcessHandle> alive = LeftoverProcess.readPid(root.resolve("es.pid")).flatMap(ProcessHandle::of)
                .filter(p -> LeftoverProcess.commandLine(p).contains(root.toString()));
        if (alive.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> port = readPort(root);
        if (port.isPresent() && ClusterHealth.isUsable(port.get())) {
            LOG.infof("reusing Elasticsearch (pid %d) left running by an earlier launch on port %d", alive.get().pid(),
                    port.get());
            return Optional.of(new EmbeddedElasticsearch(root, alive.get().pid(), port.get(), true));
        }
        LOG.warnf("stopping an unhealthy Elasticsearch (pid %d) left running by an earlier launch", alive.get().pid());
        LeftoverProcess.stop(alive.get(), Duration.ofSeconds(30));
        return Optional.empty();
    }

    private static Optional<Integer> readPort(Path root) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(root.resolve("es.port")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void prepareDirectories(Path root, Path home) throws IOException {
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(root.resolve(dir));
        }
        Path config = root.resolve("config");
        if (!Files.isDirectory(config)) {
            Files.createDirectories(config);
            try (var files = Files.list(home.resolve("config"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, config.resolve(f.getFileName()));
                    }
                }
            }
            Files.createDirectories(config.resolve("jvm.options.d"));
        }
        Files.deleteIfExists(root.resolve("es.pid"));
    }

    private static Process launch(Path root, Path home, int port, String heap, Optional<UnprivilegedAccount> account)
            throws IOException {
        List<String> command = new ArrayList<>(account.map(UnprivilegedAccount::commandPrefix).orElse(List.of()));
        command.add(home.resolve("bin").resolve("elasticsearch").toString());
        command.addAll(List.of("-p", root.resolve("es.pid").toString(),
                "-Epath.data=" + root.resolve("data"),
                "-Epath.logs=" + root.resolve("logs"),
                "-Ehttp.port=" + port,
                "-Enetwork.host=127.0.0.1",
                "-Ediscovery.type=single-node",
                "-Ecluster.name=omnipim-embedded",
                "-Enode.name=omnipim",
                "-Expack.security.enabled=false",
                // a nearly full developer disk must not turn the index read-only
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("logs").resolve("console.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("ES_PATH_CONF", root.resolve("config").toString());
        env.put("ES_TMPDIR", root.resolve("tmp").toString());
        env.remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private static long awaitHealthy(Path root, int port, Process launcher) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IOException("it exited with code " + launcher.exitValue() + "; last log lines:\n"
                        + tail(root.resolve("logs").resolve("console.log"), 15));
            }
            if (ClusterHealth.isUsable(port)) {
                Optional<Long> pid = LeftoverProcess.readPid(root.resolve("es.pid"));
                return pid.orElse(launcher.pid());
            }
            sleep(250);
        }
        launcher.destroyForcibly();
        throw new IOException("not healthy after " + START_TIMEOUT.toSeconds() + " s; see "
                + root.resolve("logs").resolve("console.log"));
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStartException("interrupted while waiting for Elasticsearch", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return pid;
    }

    public boolean adopted() {
        return adopted;
    }

    public Path root() {
        return root;
    }

    public boolean isRunning() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Stops the server with SIGTERM (a clean shutdown), waiting for it to exit. */
    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(p -> LeftoverProcess.stop(p, Duration.ofSeconds(30)));
        try {
            Files.deleteIfExists(root.resolve("es.pid"));
        } catch (IOException e) {
            LOG.debugf("could not delete the pid file: %s", e.getMessage());
        }
    }

    /** The probe Elasticsearch answers on every distribution ({@code GET /} is 405 on the test zip). */
    static final class ClusterHealth {

        private ClusterHealth() {
        }

        static boolean isUsable(int port) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/_cluster/health")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() != 200) {
                    return false;
                }
                String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\"");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
