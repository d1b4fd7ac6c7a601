package io.omnipim.platform.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.omnipim.platform.embedded.EmbeddedServices;
import io.omnipim.testsupport.ServerProcess;

/**
 * The packaged server as a user runs it ({@code java -jar}): first start, restart after kill -9, clean stop, and
 * the one-line errors for a busy port or unreachable external services.
 */
class LauncherIT {

    private static final Path BUILD = Path.of(System.getProperty("pim.test.build-dir", "target")).toAbsolutePath();

    @Test
    void restartAfterKillKeepsDataAndReusesTheSameElasticsearch() throws Exception {
        Path dataDir = BUILD.resolve("it-data/restart");
        EmbeddedServices.resetData(dataDir);
        Files.deleteIfExists(dataDir.resolve("first-login.txt"));
        Map<String, String> env = Map.of("PIM_DATA_DIR", dataDir.toString(), "PIM_ADMIN_PASSWORD", "Première-fois-1",
                "PIM_API_CLIENT_ID", "it-client", "PIM_API_CLIENT_SECRET", "it-secret-value");

        ServerProcess first = ServerProcess.start(env);
        first.awaitReady(90);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("first-login.txt"))));
        assertTrue(first.log().contains("Première-fois-1"), "first start prints the first login");
        String token = first.token("admin", "Première-fois-1", "it-client", "it-secret-value");
        assertEquals(201, first.post("/api/rest/v1/users", token,
                "{\"username\":\"kept.after.restart\",\"password\":\"Bleibt-da-123\",\"role\":\"editor\"}"));
        long esBefore = ServerProcess.elasticsearchServers(dataDir).count();
        assertEquals(1, esBefore);

        first.kill9();
        ServerProcess second = ServerProcess.start(env);
        try {
            second.awaitReady(90);
            assertTrue(second.log().contains("reusing Elasticsearch"), second.log());
            assertEquals(1, ServerProcess.elasticsearchServers(dataDir).count(), "never two Elasticsearch servers");
            assertEquals(200, second.get("/api/rest/v1/users/kept.after.restart", token));
            assertFalse(second.log().contains("admin password"), "the first login is printed on the first start only");
        } finally {
            second.stop();
        }
        assertEquals(0, ServerProcess.elasticsearchServers(dataDir).count(), "Elasticsearch stops with the server");
        assertEquals(0, ServerProcess.postgresServers(dataDir).count(), "PostgreSQL stops with the server");
    }

    @Test
    void busyHttpPortGivesOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ServerProcess server = ServerProcess.start(Map.of("PIM_DATA_DIR", BUILD.resolve("it-data/busy").toString(),
                    "PIM_HTTP_PORT", Integer.toString(taken.getLocalPort())));
            assertTrue(server.process().waitFor(30, TimeUnit.SECONDS), "exits quickly");
            assertNotEquals(0, server.process().exitValue());
            assertTrue(server.log().contains("ERROR: HTTP port " + taken.getLocalPort() + " is already in use"),
                    server.log());
            assertFalse(server.log().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void unreachableExternalServicesGiveOneClearLineWithinAMinute() throws Exception {
        long start = System.nanoTime();
        ServerProcess server = ServerProcess.start(Map.of("PIM_DATA_DIR", BUILD.resolve("it-data/external").toString(),
                "PIM_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/pim",
                "PIM_ES_URL", "http://127.0.0.1:" + freePort(), "PIM_STARTUP_TIMEOUT", "5"));
        assertTrue(server.process().waitFor(60, TimeUnit.SECONDS), "exits within 60 s");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60));
        assertNotEquals(0, server.process().exitValue());
        assertTrue(server.log().contains("ERROR: cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:"),
                server.log());
        assertFalse(server.log().contains("\tat "), "no stack trace");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
