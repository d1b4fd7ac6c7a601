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

    public static Path dataDir() {
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
