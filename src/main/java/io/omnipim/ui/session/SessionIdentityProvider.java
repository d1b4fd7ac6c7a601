package io.omnipim.ui.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.omnipim.platform.security.BrowserSession;
import io.omnipim.platform.security.BrowserSessions;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a session cookie into an identity with the user's roles, read from the database on every request. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    private final BrowserSessions sessions;

    public SessionIdentityProvider(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> lookup(request.token()));
    }

    @ActivateRequestContext
    SecurityIdentity lookup(String token) {
        BrowserSession session = sessions.resolve(token)
                .orElseThrow(() -> new AuthenticationFailedException("session expired"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.username()))
                .addRoles(session.role().impliedNames())
                .addAttribute(UiUser.ATTRIBUTE, UiUser.of(session, SessionCookies.csrfFor(token)))
                .build();
    }
}
