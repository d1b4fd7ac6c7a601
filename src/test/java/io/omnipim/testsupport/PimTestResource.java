package io.omnipim.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.omnipim.platform.embedded.EmbeddedServices;
import io.omnipim.platform.embedded.EmbeddedSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL and Elasticsearch for the test suite, started by the same code as the launcher, once per test
 * JVM (Quarkus calls this again per test profile; the services are reused), from empty stores each run.
 */
public class PimTestResource implements QuarkusTestResourceLifecycleManager {

    private static boolean reset;

    /** {@code pim.test.data-dir} when a test execution has stores of its own (the UI's), else under the build. */
    public static Path dataDir() {
        String own = System.getProperty("pim.test.data-dir");
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath();
        }
        return Path.of(System.getProperty("pim.test.build-dir", "target")).toAbsolutePath().resolve("test-data");
    }

    @Override
    public Map<String, String> start() {
        Path dataDir = dataDir();
        synchronized (PimTestResource.class) {
            if (!reset && EmbeddedServices.current() == null) {
                EmbeddedServices.resetData(dataDir);
                reset = true;
            }
        }
        EmbeddedSettings settings = EmbeddedSettings.fromEnvironment().withDataDir(dataDir);
        EmbeddedServices services = EmbeddedServices.start(settings, true);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServices::stopAll, "test-services-stop"));
        Map<String, String> config = new HashMap<>(services.quarkusConfig());
        return config;
    }

    @Override
    public void stop() {
        // kept for the next test profile; the shutdown hook stops them when the JVM exits
    }
}
