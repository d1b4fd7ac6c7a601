package io.omnipim.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns an access token into an identity carrying every role its role implies. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String PRINCIPAL_ATTRIBUTE = "pim.principal";

    private final TokenService tokens;
    private final RecentTokens recent;

    public TokenIdentityProvider(TokenService tokens, RecentTokens recent) {
        this.tokens = tokens;
        this.recent = recent;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        TokenPrincipal known = recent.get(Secrets.sha256(token));
        if (known != null) {
            return Uni.createFrom().item(identity(known));
        }
        return context.runBlocking(() -> lookup(token));
    }

    @ActivateRequestContext
    SecurityIdentity lookup(String token) {
        TokenService.TokenLookup found = tokens.resolve(token);
        if (found.principal().isEmpty()) {
            throw new AuthenticationFailedException(found.expired()
                    ? "The access token provided has expired."
                    : "The access token provided is invalid.");
        }
        TokenPrincipal principal = found.principal().get();
        recent.put(Secrets.sha256(token), principal);
        return identity(principal);
    }

    private static SecurityIdentity identity(TokenPrincipal principal) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.username()))
                .addRoles(principal.role().impliedNames())
                .addAttribute(PRINCIPAL_ATTRIBUTE, principal)
                .build();
    }
}
