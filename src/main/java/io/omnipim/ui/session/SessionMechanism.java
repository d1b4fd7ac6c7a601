package io.omnipim.ui.session;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates the admin UI's pages ({@code /ui/…}) by their session cookie; the API keeps its bearer tokens (the
 * cookie is limited to {@code /ui}, so it never authenticates an API call). It asks first, so that an anonymous
 * page request is sent to the login form rather than answered with a bearer challenge.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!isUi(context)) {
            return Uni.createFrom().optional(Optional.empty());
        }
        String token = SessionCookies.value(context.request(), SessionCookies.SESSION);
        if (token == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identityProviderManager.authenticate(new SessionRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isUi(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(UiRedirects.isHtmx(context.request())
                ? new ChallengeData(401, UiRedirects.HX_REDIRECT, UiRedirects.LOGIN)
                : new ChallengeData(302, "Location", UiRedirects.loginFor(context.request().uri())));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    private static boolean isUi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(SessionCookies.UI_PATH) || path.startsWith(SessionCookies.UI_PATH + "/");
    }
}
