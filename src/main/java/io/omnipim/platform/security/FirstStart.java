package io.omnipim.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * On the very first start (no user yet) creates the first admin and the first API connection, from
 * {@code PIM_ADMIN_*} / {@code PIM_API_CLIENT_*} or generated, and writes them to {@code first-login.txt}
 * (mode 600) in the data directory. Nodes starting together agree through an advisory lock.
 */
@ApplicationScoped
public class FirstStart {

    public static final String CONNECTION_CODE = "default";
    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    private final EntityManager em;
    private final ConnectionService connections;
    private final SecurityConfig.FirstStart config;

    public FirstStart(EntityManager em, ConnectionService connections, SecurityConfig config) {
        this.em = em;
        this.connections = connections;
        this.config = config.firstStart();
    }

    /** The credentials created now, or empty when users existed already. */
    @Transactional
    public Optional<FirstCredentials> createFirstAccounts() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242001)").getSingleResult();
        if (PimUser.count() > 0) {
            return Optional.empty();
        }
        PimUser admin = new PimUser();
        admin.username = config.adminUser();
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElseGet(() -> Secrets.random(12));
        admin.passwordHash = Secrets.hashPassword(password);
        admin.role = Role.ADMIN.code();
        admin.persist();
        ConnectionView connection = connections.create(
                new ConnectionRequest(CONNECTION_CODE, "Default API connection", Role.ADMIN.code(), true),
                admin.username, config.apiClientId().filter(s -> !s.isBlank()).orElse(null),
                config.apiClientSecret().filter(s -> !s.isBlank()).orElse(null));
        return Optional.of(new FirstCredentials(admin.username, password, connection.clientId(), connection.secret()));
    }

    /** Writes the credentials readable by the owner only. */
    public static void write(FirstCredentials credentials, Path dataDir) {
        Path file = dataDir.resolve("first-login.txt");
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, credentials.text());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("could not write %s: %s", file, e.getMessage());
        }
    }

    /** The first admin login and API client. */
    public record FirstCredentials(String adminUser, String adminPassword, String clientId, String clientSecret) {

        public String text() {
            return "admin user:        " + adminUser + "\n"
                    + "admin password:    " + adminPassword + "\n"
                    + "API client id:     " + clientId + "\n"
                    + "API client secret: " + clientSecret + "\n";
        }

        @Override
        public String toString() {
            return "FirstCredentials[" + adminUser + ", secrets hidden]";
        }
    }
}
