package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Login with Amazon access tokens: one is obtained with the refresh_token grant and reused until shortly before it
 * expires (Amazon gives them for an hour), then renewed.
 */
final class LwaTokens {

    /** Renewed this long before expiry, so that a token never lapses during a call. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HINT = "Check the connector's Login with Amazon client id, client secret and refresh"
            + " token (the environment variables its definition names), and that the seller still authorises the app.";

    private final AmazonSettings settings;
    private final SpApiHttp http;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    LwaTokens(AmazonSettings settings, SpApiHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || !clock.instant().isBefore(expiresAt.minus(MARGIN))) {
            renew();
        }
        return token;
    }

    /** Forgets the token, e.g. after Amazon answered 403 because it was revoked. */
    synchronized void invalidate() {
        token = null;
    }

    private void renew() {
        String form = "grant_type=refresh_token&refresh_token=" + encode(settings.refreshToken()) + "&client_id="
                + encode(settings.clientId()) + "&client_secret=" + encode(settings.clientSecret());
        HttpResponse<byte[]> response = http.send("the Login with Amazon token request", HINT,
                () -> HttpRequest.newBuilder(settings.tokenEndpoint()).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                null);
        try {
            JsonNode body = JSON.readTree(response.body());
            String accessToken = body.path("access_token").asText("");
            if (accessToken.isEmpty()) {
                throw new SpApiException("Login with Amazon answered without an access token. " + HINT);
            }
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
        } catch (IOException e) {
            throw new SpApiException("Login with Amazon answered with something that is not JSON. " + HINT, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
