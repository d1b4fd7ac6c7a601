package io.omnipim.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL and Elasticsearch of one JVM, shared by the launcher and the test resource (which
 * Quarkus may call again for each test profile: the services then start only once).
 */
public final class EmbeddedServices {

    private static final Logger LOG = Logger.getLogger(EmbeddedServices.class);
    private static EmbeddedServices current;

    private final EmbeddedSettings settings;
    private final EmbeddedPostgresServer postgres;
    private volatile EmbeddedElasticsearch elasticsearch;

    private EmbeddedServices(EmbeddedSettings settings, EmbeddedPostgresServer postgres,
            EmbeddedElasticsearch elasticsearch) {
        this.settings = settings;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
    }

    /** Starts both services (in parallel: Elasticsearch is the slow one), or returns those already started. */
    public static synchronized EmbeddedServices start(EmbeddedSettings settings, boolean fastUnsafe) {
        if (current != null) {
            return current;
        }
        var es = new java.util.concurrent.CompletableFuture<EmbeddedElasticsearch>();
        Thread esThread = new Thread(() -> {
            try {
                es.complete(EmbeddedElasticsearch.start(settings));
            } catch (RuntimeException e) {
                es.completeExceptionally(e);
            }
        }, "embedded-elasticsearch-start");
        esThread.start();
        EmbeddedPostgresServer pg;
        try {
            pg = EmbeddedPostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort(),
                    fastUnsafe);
        } catch (RuntimeException e) {
            es.thenAccept(EmbeddedElasticsearch::close);
            throw e;
        }
        try {
            current = new EmbeddedServices(settings, pg, es.join());
        } catch (java.util.concurrent.CompletionException e) {
            pg.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return current;
    }

    public static synchronized EmbeddedServices current() {
        return current;
    }

    /** The Quarkus configuration that points the application at these services. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", "");
        config.put("quarkus.elasticsearch.hosts", "127.0.0.1:" + elasticsearch.port());
        config.put("quarkus.elasticsearch.protocol", "http");
        config.put("pim.data-dir", settings.dataDir().toString());
        return config;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedElasticsearch elasticsearch() {
        return elasticsearch;
    }

    /** Stops Elasticsearch alone: tests use it to show the server notices. */
    public synchronized void stopElasticsearch() {
        elasticsearch.close();
    }

    /** Starts Elasticsearch again on the same port and data. */
    public synchronized void restartElasticsearch() {
        int port = elasticsearch.port();
        EmbeddedSettings samePort = new EmbeddedSettings(settings.dataDir(), settings.postgresPort(), port,
                settings.elasticsearchHeap(), settings.elasticsearchZip());
        elasticsearch = EmbeddedElasticsearch.start(samePort);
    }

    /**
     * Stops whatever a killed earlier run left on this data directory and deletes its databases and index data,
     * keeping the unpacked Elasticsearch: tests start each run from empty stores this way.
     */
    public static void resetData(Path dataDir) {
        try {
            Path pg = dataDir.resolve("postgres");
            LeftoverProcess.stopPostgres(pg);
            ElasticsearchInstallation.deleteTree(pg);
            Path es = EmbeddedElasticsearch.chooseRoot(dataDir.resolve("elasticsearch"),
                    UnprivilegedAccount.runningAsRoot()
                            ? Optional.of(UnprivilegedAccount.findOrCreate())
                            : Optional.empty());
            LeftoverProcess.readPid(es.resolve("es.pid")).flatMap(ProcessHandle::of)
                    .ifPresent(p -> LeftoverProcess.stop(p, java.time.Duration.ofSeconds(30)));
            ElasticsearchInstallation.deleteTree(es.resolve("data"));
            Files.deleteIfExists(es.resolve("es.pid"));
        } catch (IOException e) {
            throw new EmbeddedStartException("could not reset " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public static synchronized void stopAll() {
        if (current == null) {
            return;
        }
        LOG.info("stopping embedded Elasticsearch and PostgreSQL");
        current.elasticsearch.close();
        current.postgres.close();
        current = null;
    }
}
