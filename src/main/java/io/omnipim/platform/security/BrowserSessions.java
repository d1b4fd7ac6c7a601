package io.omnipim.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.omnipim.platform.errors.PimException;
import io.quarkus.scheduler.Scheduled;

/**
 * Browser sessions of the admin UI: a password login opens one (same users, passwords and throttling as the API's
 * password grant), the cookie carries a random token of which only a SHA-256 is stored. A session ends when the
 * user logs out, after {@code idle-timeout} without use, after {@code max-lifetime} at most, or when the user is
 * disabled, deleted or gets a new password.
 */
@ApplicationScoped
public class BrowserSessions {

    /** The screen languages offered. */
    public static final Set<String> UI_LOCALES = Set.of("en_US", "fr_FR");
    static final String BAD_LOGIN = "Wrong username or password.";

    private final EntityManager em;
    private final LoginThrottle throttle;
    private final SecurityConfig.Session config;
    private volatile String dummyHash;

    public BrowserSessions(EntityManager em, LoginThrottle throttle, SecurityConfig config) {
        this.em = em;
        this.throttle = throttle;
        this.config = config.session();
    }

    /** A session just opened: the token goes into the cookie and nowhere else. */
    public record Opened(String token, BrowserSession session) {

        @Override
        public String toString() {
            return "Opened[" + session + ", token hidden]";
        }
    }

    /** Checks the password and opens a session; 401 for a wrong login, 429 once throttled. */
    @Transactional(dontRollbackOn = PimException.class)
    public Opened open(String username, String password, String address) {
        String name = username == null ? "" : username.trim();
        throttle.checkAllowed(name, address);
        Optional<PimUser> user = PimUser.findByUsername(name);
        // an unknown user costs a bcrypt check too, so timing does not tell which usernames exist
        boolean matches = Secrets.matches(password, user.map(u -> u.passwordHash).orElseGet(this::dummyHash));
        if (user.isEmpty() || !matches || !user.get().enabled) {
            throttle.recordFailure(name, address);
            throw new PimException(401, BAD_LOGIN);
        }
        throttle.recordSuccess(name);
        PimUser u = user.get();
        String locale = UI_LOCALES.contains(u.uiLocale) ? u.uiLocale : "en_US";
        String token = Secrets.random(32);
        em.createNativeQuery("INSERT INTO ui_session (token_hash, user_id, ui_locale, expires_at)"
                + " VALUES (?1, ?2, ?3, now() + make_interval(secs => ?4))")
                .setParameter(1, Secrets.sha256(token)).setParameter(2, u.id).setParameter(3, locale)
                .setParameter(4, (double) seconds(config.idleTimeout())).executeUpdate();
        return new Opened(token, new BrowserSession(u.id, u.username, u.roleValue(), locale));
    }

    /**
     * The session of a cookie token, if it is still valid; its expiry slides forward, written at most once a minute
     * so browsing does not write on every request.
     */
    @Transactional
    public Optional<BrowserSession> resolve(String token) {
        List<?> rows = em.createNativeQuery("""
                SELECT u.id, u.username, u.role, s.ui_locale, s.last_seen_at < now() - interval '1 minute'
                FROM ui_session s JOIN pim_user u ON u.id = s.user_id
                WHERE s.token_hash = ?1 AND s.expires_at > now() AND u.enabled""")
                .setParameter(1, Secrets.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if ((Boolean) row[4]) {
            em.createNativeQuery("""
                    UPDATE ui_session SET last_seen_at = now(),
                      expires_at = LEAST(now() + make_interval(secs => ?2), created_at + make_interval(secs => ?3))
                    WHERE token_hash = ?1""").setParameter(1, Secrets.sha256(token))
                    .setParameter(2, (double) seconds(config.idleTimeout()))
                    .setParameter(3, (double) seconds(config.maxLifetime())).executeUpdate();
        }
        return Optional.of(new BrowserSession(((Number) row[0]).longValue(), (String) row[1],
                Role.fromCode((String) row[2]).orElse(Role.VIEWER), (String) row[3]));
    }

    /** Changes the screen language of this session, and remembers it for the user's next logins. */
    @Transactional
    public void changeLocale(String token, String locale) {
        if (!UI_LOCALES.contains(locale)) {
            throw PimException.badRequest("The language \"" + locale + "\" is not offered: choose en_US or fr_FR.");
        }
        em.createNativeQuery("""
                WITH s AS (UPDATE ui_session SET ui_locale = ?2 WHERE token_hash = ?1 RETURNING user_id)
                UPDATE pim_user SET ui_locale = ?2 WHERE id IN (SELECT user_id FROM s)""")
                .setParameter(1, Secrets.sha256(token)).setParameter(2, locale).executeUpdate();
    }

    /** Logs out: the token is worthless from now on. */
    @Transactional
    public void close(String token) {
        em.createNativeQuery("DELETE FROM ui_session WHERE token_hash = ?1").setParameter(1, Secrets.sha256(token))
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("DELETE FROM ui_session WHERE expires_at < now()").executeUpdate();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = Secrets.hashPassword(Secrets.random(16));
        }
        return dummyHash;
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }
}
