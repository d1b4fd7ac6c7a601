package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every benchmark may use: the Maven build dir holding the packaged server, how many runs to do, the row
 * selection and a scratch dir under {@code <build-dir>/bench}.
 *
 * @param only lower-case benchmark or row names to run; empty means all
 */
record BenchContext(Path buildDir, int runs, Set<String> only, Path scratchDir) {

    /**
     * Reads system properties first (what {@code -D} on the Maven command line sets), then environment variables,
     * so that CI can configure the benchmark either way.
     */
    static BenchContext fromEnvironment() throws IOException {
        Path buildDir = Path.of(setting("pim.test.build-dir", "PIM_TEST_BUILD_DIR", "target")).toAbsolutePath();
        int runs = Integer.parseInt(setting("bench.runs", "BENCH_RUNS", "5").trim());
        if (runs < 1) {
            throw new IllegalArgumentException("bench.runs must be at least 1: " + runs);
        }
        Set<String> only = Arrays.stream(setting("bench.only", "BENCH_ONLY", "").split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        Path scratch = Files.createDirectories(buildDir.resolve("bench"));
        return new BenchContext(buildDir, runs, only, scratch);
    }

    /** A row name holding commas is wanted when each of its comma-separated parts was listed (bench.only splits). */
    boolean wants(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return only.isEmpty() || only.contains(lower)
                || Arrays.stream(lower.split(",")).map(String::trim).allMatch(only::contains);
    }

    /** An empty directory under the scratch dir; whatever an earlier, aborted run left there is removed first. */
    Path freshDir(String name) throws IOException {
        Path dir = scratchDir.resolve(name);
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // unpacked distributions may ship read-only directories, whose entries could not be removed otherwise
            paths.filter(Files::isDirectory).forEach(dir -> dir.toFile().setWritable(true, true));
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // children before parents
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A system property, else an environment variable, else the fallback. */
    static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
