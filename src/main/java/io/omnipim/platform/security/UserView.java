package io.omnipim.platform.security;

import java.time.OffsetDateTime;

/** A user as the API shows it: never the password or its hash. */
public record UserView(String username, String role, boolean enabled, String email, String firstName,
        String lastName, String uiLocale, OffsetDateTime created, OffsetDateTime updated) {

    static UserView of(PimUser u) {
        return new UserView(u.username, u.role, u.enabled, u.email, u.firstName, u.lastName, u.uiLocale, u.created,
                u.updated);
    }
}
