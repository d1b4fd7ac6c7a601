package io.omnipim.platform.launch;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks that the configured external PostgreSQL and Elasticsearch answer before Quarkus starts, retrying for a
 * while (a compose stack starts them together), and translates the {@code PIM_*} variables to Quarkus settings.
 */
final class ExternalServices {

    private ExternalServices() {
    }

    static Map<String, String> probe(LaunchEnvironment env) {
        String dbUrl = env.get("PIM_DB_URL")
                .orElseThrow(
                        () -> new LaunchException("PIM_ES_URL is set but PIM_DB_URL is not: set both, or neither"));
        String esUrl = env.get("PIM_ES_URL")
                .orElseThrow(
                        () -> new LaunchException("PIM_DB_URL is set but PIM_ES_URL is not: set both, or neither"));
        String user = env.get("PIM_DB_USER").orElse("pim");
        String password = env.get("PIM_DB_PASSWORD").orElse("");
        // a compose stack starts everything at once: wait a while (PIM_STARTUP_TIMEOUT seconds) before giving up
        Duration patience = Duration.ofSeconds(Long.parseLong(env.get("PIM_STARTUP_TIMEOUT").orElse("45")));
        long deadline = System.nanoTime() + patience.toNanos();
        awaitPostgres(dbUrl, user, password, deadline);
        awaitElasticsearch(esUrl, env, deadline);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", dbUrl);
        config.put("quarkus.datasource.username", user);
        config.put("quarkus.datasource.password", password);
        URI es = URI.create(esUrl);
        config.put("quarkus.elasticsearch.hosts", es.getHost() + ":" + (es.getPort() > 0 ? es.getPort() : 9200));
        config.put("quarkus.elasticsearch.protocol", es.getScheme() == null ? "http" : es.getScheme());
        env.get("PIM_ES_USER").ifPresent(u -> config.put("quarkus.elasticsearch.username", u));
        env.get("PIM_ES_PASSWORD").ifPresent(p -> config.put("quarkus.elasticsearch.password", p));
        return config;
    }

    private static void awaitPostgres(String url, String user, String password, long deadline) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new LaunchException("PIM_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), got "
                    + url);
        }
        DriverManager.setLoginTimeout(5);
        String last = "";
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                return;
            } catch (SQLException e) {
                last = LaunchException.oneLine(e);
                if ("28P01".equals(e.getSQLState()) || "3D000".equals(e.getSQLState())) {
                    break; // wrong password or missing database: waiting will not help
                }
            }
            pause();
        }
        throw new LaunchException("cannot reach PostgreSQL at " + url + " (" + last
                + "): check PIM_DB_URL, PIM_DB_USER and PIM_DB_PASSWORD");
    }

    private static void awaitElasticsearch(String url, LaunchEnvironment env, long deadline) {
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url.replaceAll("/+$", "") + "/_cluster/health")
                        .toURL().openConnection();
                c.setConnectTimeout(3000);
                c.setReadTimeout(5000);
                env.get("PIM_ES_USER").ifPresent(u -> c.setRequestProperty("Authorization", "Basic " + Base64
                        .getEncoder().encodeToString((u + ":" + env.get("PIM_ES_PASSWORD").orElse(""))
                                .getBytes(StandardCharsets.UTF_8))));
                int status = c.getResponseCode();
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status;
                if (status == 401 || status == 403) {
                    break;
                }
            } catch (IOException | IllegalArgumentException e) {
                last = LaunchException.oneLine(e);
            }
            pause();
        }
        throw new LaunchException("cannot reach Elasticsearch at " + url + " (" + last
                + "): check PIM_ES_URL, PIM_ES_USER and PIM_ES_PASSWORD");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for the external services");
        }
    }
}
