package io.omnipim.platform.security;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.omnipim.platform.errors.PimException;

/**
 * Counts failed logins per user and per client address in the database (so every node sees them) and refuses
 * with 429 once a key has failed too often within the window. Callers run it inside their transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    private final EntityManager em;
    private final SecurityConfig.Throttle config;

    public LoginThrottle(EntityManager em, SecurityConfig config) {
        this.em = em;
        this.config = config.throttle();
    }

    public void checkAllowed(String username, String address) {
        check("user:" + username.toLowerCase());
        check("address:" + address);
    }

    private void check(String key) {
        Object blockedUntil = em.createNativeQuery(
                "SELECT blocked_until FROM login_throttle WHERE throttle_key = ?1 AND blocked_until > now()")
                .setParameter(1, key).getResultStream().findFirst().orElse(null);
        if (blockedUntil != null) {
            throw new PimException(429, "Too many failed login attempts. Try again in a few minutes.");
        }
    }

    public void recordFailure(String username, String address) {
        record("user:" + username.toLowerCase(), config.maxFailuresPerUser());
        record("address:" + address, config.maxFailuresPerAddress());
    }

    private void record(String key, int limit) {
        OffsetDateTime windowStart = OffsetDateTime.now().minus(config.window());
        // one statement: a new window starts when the old one is over; the block starts when the count passes the limit
        em.createNativeQuery(
                """
                        INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (throttle_key) DO UPDATE SET
                          failures = CASE WHEN login_throttle.window_start < ?2 THEN 1 ELSE login_throttle.failures + 1 END,
                          window_start = CASE WHEN login_throttle.window_start < ?2 THEN now() ELSE login_throttle.window_start END,
                          blocked_until = CASE WHEN login_throttle.window_start >= ?2 AND login_throttle.failures + 1 >= ?3
                                               THEN now() + make_interval(secs => ?4) ELSE login_throttle.blocked_until END
                        """)
                .setParameter(1, key).setParameter(2, windowStart).setParameter(3, limit)
                .setParameter(4, (double) seconds(config.blockFor())).executeUpdate();
    }

    public void recordSuccess(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
                .setParameter(1, "user:" + username.toLowerCase()).executeUpdate();
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }
}
