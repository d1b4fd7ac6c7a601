package io.omnipim.platform.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.omnipim.platform.errors.PimException;

/** The OAuth2 password and refresh-token grants of Akeneo's token endpoint, and access token lookup. */
@ApplicationScoped
public class TokenService {

    static final String BAD_CLIENT = "Parameter \"client_id\" is missing or does not match any client, or secret is invalid";
    static final String BAD_USER = "No user found for the given username and password";
    static final String BAD_REFRESH = "Refresh token is invalid or has expired";

    private final EntityManager em;
    private final LoginThrottle throttle;
    private final SecurityConfig.Token config;
    private final RecentTokens recent;

    public TokenService(EntityManager em, LoginThrottle throttle, SecurityConfig config, RecentTokens recent) {
        this.recent = recent;
        this.em = em;
        this.throttle = throttle;
        this.config = config.token();
    }

    /** Failures commit too: the throttle must count them. */
    @Transactional(dontRollbackOn = PimException.class)
    public TokenGrant grantPassword(ClientCredentials client, String username, String password, String address) {
        throttle.checkAllowed(username, address);
        ApiConnection connection = authenticateClient(client);
        Optional<PimUser> user = PimUser.findByUsername(username)
                .filter(u -> Secrets.matches(password, u.passwordHash));
        if (user.isEmpty() || !user.get().enabled) {
            throttle.recordFailure(username, address);
            throw new PimException(422, BAD_USER);
        }
        throttle.recordSuccess(username);
        return issue(user.get().id, connection.id);
    }

    @Transactional(dontRollbackOn = PimException.class)
    public TokenGrant refresh(ClientCredentials client, String refreshToken) {
        ApiConnection connection = authenticateClient(client);
        String hash = Secrets.sha256(refreshToken);
        List<?> rows = em.createNativeQuery("""
                DELETE FROM api_token t USING pim_user u
                WHERE t.token_hash = ?1 AND t.kind = 'refresh' AND t.connection_id = ?2 AND t.expires_at > now()
                  AND u.id = t.user_id AND u.enabled
                RETURNING t.user_id""").setParameter(1, hash).setParameter(2, connection.id).getResultList();
        if (rows.isEmpty()) {
            throw new PimException(422, BAD_REFRESH);
        }
        return issue(((Number) rows.get(0)).longValue(), connection.id);
    }

    private ApiConnection authenticateClient(ClientCredentials client) {
        if (client == null) {
            throw new PimException(422, BAD_CLIENT);
        }
        return ApiConnection.findByClientId(client.clientId())
                .filter(c -> c.enabled && Secrets.matches(client.secret(), c.secretHash))
                .orElseThrow(() -> new PimException(422, BAD_CLIENT));
    }

    private TokenGrant issue(long userId, long connectionId) {
        String access = Secrets.random(32);
        String refresh = Secrets.random(32);
        OffsetDateTime now = OffsetDateTime.now();
        insert(access, "access", userId, connectionId, now.plus(config.accessTtl()));
        insert(refresh, "refresh", userId, connectionId, now.plus(config.refreshTtl()));
        return new TokenGrant(access, config.accessTtl().toSeconds(), "bearer", null, refresh);
    }

    private void insert(String token, String kind, long userId, long connectionId, OffsetDateTime expires) {
        em.createNativeQuery("INSERT INTO api_token (token_hash, kind, user_id, connection_id, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Secrets.sha256(token)).setParameter(2, kind).setParameter(3, userId)
                .setParameter(4, connectionId).setParameter(5, expires).executeUpdate();
    }

    /**
     * The principal of a valid access token. A disabled user or connection revokes its tokens at once: they are
     * checked on every request, not only at grant time.
     */
    @Transactional
    public TokenLookup resolve(String accessToken) {
        List<?> rows = em.createNativeQuery("""
                SELECT u.id, u.username, c.code, u.role, c.role, t.expires_at > now()
                FROM api_token t JOIN pim_user u ON u.id = t.user_id JOIN api_connection c ON c.id = t.connection_id
                WHERE t.token_hash = ?1 AND t.kind = 'access' AND u.enabled AND c.enabled""")
                .setParameter(1, Secrets.sha256(accessToken)).getResultList();
        if (rows.isEmpty()) {
            return TokenLookup.INVALID;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!(Boolean) row[5]) {
            return TokenLookup.EXPIRED;
        }
        Role role = Role.fromCode((String) row[3]).orElse(Role.VIEWER)
                .cappedBy(Role.fromCode((String) row[4]).orElse(Role.VIEWER));
        return new TokenLookup(Optional.of(new TokenPrincipal(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], role)), false);
    }

    /** Deletes the tokens of a user or connection at once (disabled, deleted, secret changed). */
    @Transactional
    public void revokeForUser(long userId) {
        recent.clear();
        em.createNativeQuery("DELETE FROM api_token WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        // browser sessions go too: a changed password or a disabled account logs the user out everywhere
        em.createNativeQuery("DELETE FROM ui_session WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    @Transactional
    public void revokeForConnection(long connectionId) {
        recent.clear();
        em.createNativeQuery("DELETE FROM api_token WHERE connection_id = ?1").setParameter(1, connectionId)
                .executeUpdate();
    }

    /** Expired tokens are kept a day so a client is told "expired" rather than "invalid", then purged. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM api_token WHERE expires_at < now() - interval '1 day'")
                .executeUpdate();
    }

    /** What an access token turned out to be. */
    public record TokenLookup(Optional<TokenPrincipal> principal, boolean expired) {

        static final TokenLookup INVALID = new TokenLookup(Optional.empty(), false);
        static final TokenLookup EXPIRED = new TokenLookup(Optional.empty(), true);
    }
}
