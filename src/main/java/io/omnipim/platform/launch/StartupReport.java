package io.omnipim.platform.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.omnipim.platform.security.FirstStart;
import io.quarkus.runtime.StartupEvent;

/** Creates the first accounts if needed, then tells the person who started the server where to go. */
@ApplicationScoped
public class StartupReport {

    private final FirstStart firstStart;
    private final int port;
    private final Path dataDir;

    public StartupReport(FirstStart firstStart, @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "pim.data-dir") String dataDir) {
        this.firstStart = firstStart;
        this.port = port;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    void onStart(@Observes StartupEvent event) {
        var created = firstStart.createFirstAccounts();
        created.ifPresent(c -> FirstStart.write(c, dataDir));
        String base = "http://localhost:" + port;
        StringBuilder out = new StringBuilder("\n")
                .append("  OmniPIM is starting\n")
                .append("  URL:         ").append(base).append("/\n")
                .append("  API base:    ").append(base).append("/api/rest/v1\n")
                .append("  Token:       POST ").append(base).append("/api/oauth/v1/token\n")
                .append("  Swagger UI:  ").append(base).append("/q/swagger-ui\n")
                .append("  Health:      ").append(base).append("/q/health/ready\n")
                .append("  Data:        ").append(dataDir).append('\n');
        if (created.isPresent()) {
            out.append("\n  First start: these credentials are also in ").append(dataDir.resolve("first-login.txt"))
                    .append("\n");
            created.get().text().lines().forEach(l -> out.append("  ").append(l).append('\n'));
        } else if (Files.exists(dataDir.resolve("first-login.txt"))) {
            out.append("  First login: ").append(dataDir.resolve("first-login.txt")).append('\n');
        }
        System.out.println(out);
    }
}
