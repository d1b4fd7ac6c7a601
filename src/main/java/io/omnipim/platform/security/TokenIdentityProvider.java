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

    public TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> lookup(request.getToken().getToken()));
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
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.username()))
                .addRoles(principal.role().impliedNames())
                .addAttribute(PRINCIPAL_ATTRIBUTE, principal)
                .build();
    }
}
