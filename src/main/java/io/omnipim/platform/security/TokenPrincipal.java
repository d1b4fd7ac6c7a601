package io.omnipim.platform.security;

/** Who a valid access token acts for: the user, the connection it came through, and the resulting role. */
public record TokenPrincipal(long userId, String username, String connectionCode, Role role) {
}
