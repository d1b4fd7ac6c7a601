package io.omnipim.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from Maven Central binaries (zonky), data kept under {@code <data dir>/postgres} between runs.
 * As root, zonky runs the server in a user namespace, since PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "pim";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on the data directory, first stopping a server left running there by a killed launcher.
     *
     * @param fastUnsafe turns fsync off: for tests only, a crash may lose data
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean fastUnsafe) {
        try {
            Files.createDirectories(dataDir);
            LeftoverProcess.stopPostgres(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            // zonky starts PostgreSQL with fsync and synchronous commit off (fine for throwaway test databases);
            // the server's own data must survive a crash, so they are turned back on unless tests ask otherwise
            builder.setServerConfig("fsync", fastUnsafe ? "off" : "on")
                    .setServerConfig("synchronous_commit", fastUnsafe ? "off" : "on")
                    .setServerConfig("full_page_writes", fastUnsafe ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), dataDir);
            server.createDatabaseIfMissing();
            LOG.infof("PostgreSQL ready on port %d, data in %s", server.port(), dataDir);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedStartException("embedded PostgreSQL did not start in " + dataDir + ": " + rootMessage(e),
                    e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warnf("PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
