package io.omnipim.syndication.amazon;

import java.net.URI;
import java.time.Duration;

/**
 * How one Amazon connector reaches the Selling Partner API: endpoints, Login with Amazon credentials, target and
 * pacing. The connector definition only names environment variables for the secrets; the caller resolves them into
 * this record. {@link #toString()} masks the secrets so the record can be logged.
 *
 * @param endpoint SP-API regional endpoint, e.g. {@code https://sellingpartnerapi-eu.amazon.com}
 * @param tokenEndpoint Login with Amazon token endpoint, e.g. {@code https://api.amazon.com/auth/o2/token}
 * @param clientId LWA client id of the app
 * @param clientSecret LWA client secret of the app
 * @param refreshToken the refresh token the seller granted the app
 * @param target seller, marketplace, language and currency
 * @param pacing polling and back-off durations
 */
public record AmazonSettings(URI endpoint, URI tokenEndpoint, String clientId, String clientSecret,
        String refreshToken, ListingTarget target, Pacing pacing) {

    public static final URI EUROPE = URI.create("https://sellingpartnerapi-eu.amazon.com");
    public static final URI LOGIN_WITH_AMAZON = URI.create("https://api.amazon.com/auth/o2/token");

    public AmazonSettings {
        if (endpoint == null || tokenEndpoint == null) {
            throw new IllegalArgumentException("Amazon connector settings need both the SP-API endpoint and the Login"
                    + " with Amazon token endpoint.");
        }
        require("clientId", clientId);
        require("clientSecret", clientSecret);
        require("refreshToken", refreshToken);
        if (target == null) {
            throw new IllegalArgumentException("Amazon connector settings need a seller and a marketplace.");
        }
        pacing = pacing == null ? Pacing.DEFAULT : pacing;
    }

    /** Settings for the European SP-API endpoint (amazon.fr, amazon.de, …) with default pacing. */
    public static AmazonSettings europe(String clientId, String clientSecret, String refreshToken,
            ListingTarget target) {
        return new AmazonSettings(EUROPE, LOGIN_WITH_AMAZON, clientId, clientSecret, refreshToken, target,
                Pacing.DEFAULT);
    }

    public AmazonSettings withPacing(Pacing newPacing) {
        return new AmazonSettings(endpoint, tokenEndpoint, clientId, clientSecret, refreshToken, target, newPacing);
    }

    @Override
    public String toString() {
        return "AmazonSettings[endpoint=" + endpoint + ", tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId
                + ", clientSecret=***, refreshToken=***, target=" + target + ", pacing=" + pacing + "]";
    }

    static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Amazon connector setting '" + name + "' is empty. Set it in the"
                    + " connector definition (secrets: the environment variable it names must be set).");
        }
    }

    /**
     * Durations of the Feeds API flow. Amazon processes a feed in minutes, so polling starts at {@code firstPoll} and
     * doubles up to {@code maxPoll}; a run gives up after {@code pollTimeout}. Throttled or failed calls wait
     * {@code firstBackoff}, doubling, at most {@code maxBackoff}, and are tried {@code maxAttempts} times in all.
     */
    public record Pacing(Duration firstPoll, Duration maxPoll, Duration pollTimeout, Duration firstBackoff,
            Duration maxBackoff, int maxAttempts) {

        /** createFeed allows one call per 2 minutes after a burst of 15, hence a 3-minute back-off ceiling. */
        public static final Pacing DEFAULT = new Pacing(Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofHours(2), Duration.ofSeconds(1), Duration.ofMinutes(3), 6);

        public Pacing {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("Amazon pacing: maxAttempts must be at least 1.");
            }
        }
    }
}
