package io.omnipim.platform.launch;

import java.util.Map;

import io.omnipim.platform.embedded.EmbeddedServices;
import io.omnipim.platform.embedded.EmbeddedSettings;
import io.omnipim.platform.embedded.EmbeddedStartException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The server's entry point. Before Quarkus starts it checks the HTTP port, then either probes the external
 * PostgreSQL and Elasticsearch ({@code PIM_DB_URL}, {@code PIM_ES_URL}) or starts embedded ones, and hands their
 * addresses to Quarkus as system properties. Failures end with one clear line and a non-zero exit.
 */
@QuarkusMain
public class PimMain {

    public static void main(String... args) {
        LaunchEnvironment env = LaunchEnvironment.fromSystem();
        try {
            env.checkHttpPortFree();
            Map<String, String> config = env.externalServicesConfigured()
                    ? ExternalServices.probe(env)
                    : startEmbedded(env);
            config.forEach(System::setProperty);
        } catch (EmbeddedStartException | LaunchException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(Server.class, (code, failure) -> {
            EmbeddedServices.stopAll();
            if (failure != null) {
                System.err.println("ERROR: the server stopped: " + LaunchException.oneLine(failure));
            }
            System.exit(code == 0 && failure != null ? 1 : code);
        }, args);
    }

    private static Map<String, String> startEmbedded(LaunchEnvironment env) {
        EmbeddedServices services = EmbeddedServices.start(EmbeddedSettings.fromEnvironment(), false);
        // a SIGTERM ends in Quarkus's own hook; this one stops the children if the exit handler did not run
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServices::stopAll, "embedded-services-stop"));
        return services.quarkusConfig();
    }

    /** Runs until asked to stop (Ctrl+C, SIGTERM). */
    public static class Server implements QuarkusApplication {

        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
