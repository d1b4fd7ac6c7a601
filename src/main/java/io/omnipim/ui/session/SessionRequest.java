package io.omnipim.ui.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a session cookie, to be checked by {@link SessionIdentityProvider}. */
public class SessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
