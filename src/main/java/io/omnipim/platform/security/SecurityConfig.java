package io.omnipim.platform.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Tokens, browser sessions, login throttling and the first accounts. */
@ConfigMapping(prefix = "pim.security")
public interface SecurityConfig {

    Token token();

    Throttle throttle();

    FirstStart firstStart();

    Session session();

    interface Token {

        /** Lifetime of an access token (Akeneo clients expect 3600 s). */
        @WithDefault("3600S")
        Duration accessTtl();

        /** Lifetime of a refresh token. */
        @WithDefault("P14D")
        Duration refreshTtl();
    }

    interface Session {

        /** How long a browser session of the admin UI lasts without being used. */
        @WithDefault("8H")
        Duration idleTimeout();

        /** The longest a browser session lasts, used or not: then the user logs in again. */
        @WithDefault("7D")
        Duration maxLifetime();
    }

    interface Throttle {

        /** Wrong passwords for one user within the window before that user is refused for a while. */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failed logins from one address within the window before that address is refused for a while. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** Window in which failures are counted. */
        @WithDefault("15M")
        Duration window();

        /** How long a user or address is refused (429) once over the limit. */
        @WithDefault("5M")
        Duration blockFor();
    }

    interface FirstStart {

        /** The first admin's name ({@code PIM_ADMIN_USER}). */
        @WithName("admin-user")
        @WithDefault("admin")
        String adminUser();

        /** The first admin's password ({@code PIM_ADMIN_PASSWORD}); generated and printed when absent. */
        Optional<String> adminPassword();

        /** The first API connection's client id ({@code PIM_API_CLIENT_ID}); generated when absent. */
        Optional<String> apiClientId();

        /** The first API connection's secret ({@code PIM_API_CLIENT_SECRET}); generated when absent. */
        Optional<String> apiClientSecret();
    }
}
