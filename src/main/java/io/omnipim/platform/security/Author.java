package io.omnipim.platform.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who made a change, as history records it: the user, and the API connection when it came through one. */
public record Author(String username, String connection) {

    public static final Author SYSTEM = new Author("system", null);

    public static Author of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        TokenPrincipal principal = identity.getAttribute(TokenIdentityProvider.PRINCIPAL_ATTRIBUTE);
        return principal == null
                ? new Author(identity.getPrincipal().getName(), null)
                : new Author(principal.username(), principal.connectionCode());
    }

    /** "julia (API: erp_connector)" or "julia". */
    public String display() {
        return connection == null ? username : username + " (API: " + connection + ")";
    }
}
