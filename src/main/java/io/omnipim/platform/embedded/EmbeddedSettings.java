package io.omnipim.platform.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the embedded PostgreSQL and Elasticsearch, read from environment variables or system properties.
 * They are read before Quarkus starts (the launcher must know where the database is before the datasource
 * exists), so this is a plain record and not a {@code @ConfigMapping}.
 *
 * @param dataDir root of everything kept between runs ({@code PIM_DATA_DIR}, default {@code ./data})
 * @param postgresPort fixed port for PostgreSQL ({@code PIM_DB_PORT}); 0 picks a free one
 * @param elasticsearchPort fixed port for Elasticsearch ({@code PIM_ES_PORT}); 0 picks a free one
 * @param elasticsearchHeap heap of the Elasticsearch JVM ({@code PIM_ES_HEAP}, default 512m)
 * @param elasticsearchZip the distribution zip ({@code PIM_ES_DISTRIBUTION}); found next to the build when absent
 */
public record EmbeddedSettings(Path dataDir, int postgresPort, int elasticsearchPort, String elasticsearchHeap,
        Optional<Path> elasticsearchZip) {

    public static final String ES_VERSION = "8.19.21";

    public static EmbeddedSettings fromEnvironment() {
        return from(System.getenv());
    }

    static EmbeddedSettings from(Map<String, String> env) {
        Path dataDir = Path.of(value(env, "PIM_DATA_DIR", "./data")).toAbsolutePath().normalize();
        return new EmbeddedSettings(dataDir,
                Integer.parseInt(value(env, "PIM_DB_PORT", "0")),
                Integer.parseInt(value(env, "PIM_ES_PORT", "0")),
                value(env, "PIM_ES_HEAP", "512m"),
                Optional.ofNullable(emptyToNull(value(env, "PIM_ES_DISTRIBUTION", ""))).map(Path::of));
    }

    /** A system property of the same name (lower case, dots) wins over the environment variable: tests use it. */
    static String value(Map<String, String> env, String name, String fallback) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property;
        }
        String fromEnv = env.get(name);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    public EmbeddedSettings withDataDir(Path other) {
        return new EmbeddedSettings(other, postgresPort, elasticsearchPort, elasticsearchHeap, elasticsearchZip);
    }

    /** Where the Elasticsearch zip is: configured, copied next to the build, or in the local Maven repository. */
    public Path locateElasticsearchZip() {
        if (elasticsearchZip.isPresent()) {
            return elasticsearchZip.get();
        }
        String file = "elasticsearch-" + ES_VERSION + ".zip";
        Path jarDir = Path.of(EmbeddedSettings.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getParent();
        for (Path dir = jarDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("embedded").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            Path inTarget = dir.resolve("target").resolve("embedded").resolve(file);
            if (Files.isRegularFile(inTarget)) {
                return inTarget;
            }
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
                "distribution", "integ-test-zip", "elasticsearch", ES_VERSION, file);
        if (Files.isRegularFile(m2)) {
            return m2;
        }
        throw new EmbeddedStartException("the Elasticsearch distribution " + file
                + " was not found next to the build nor in ~/.m2; build with ./mvnw package or set PIM_ES_DISTRIBUTION");
    }
}
