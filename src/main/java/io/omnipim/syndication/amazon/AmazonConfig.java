package io.omnipim.syndication.amazon;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How Amazon connectors pace the Feeds API ({@link AmazonSettings.Pacing}): Amazon processes a feed in minutes, so a
 * run polls from {@code first-poll}, doubling up to {@code max-poll}, and gives up after {@code poll-timeout};
 * throttled (429) or failed calls wait from {@code first-backoff}, doubling up to {@code max-backoff} (or as long as
 * Amazon's {@code Retry-After} says, within that ceiling), {@code max-attempts} times in all.
 */
@ConfigMapping(prefix = "pim.syndication.amazon")
public interface AmazonConfig {

    @WithDefault("30s")
    Duration firstPoll();

    @WithDefault("5m")
    Duration maxPoll();

    @WithDefault("2h")
    Duration pollTimeout();

    @WithDefault("1s")
    Duration firstBackoff();

    /** createFeed allows one call per 2 minutes after a burst of 15, hence a 3-minute ceiling. */
    @WithDefault("3m")
    Duration maxBackoff();

    @WithDefault("6")
    int maxAttempts();

    /** Pacing from this configuration. */
    static AmazonSettings.Pacing pacing(AmazonConfig config) {
        return config == null
                ? AmazonSettings.Pacing.DEFAULT
                : new AmazonSettings.Pacing(config.firstPoll(), config.maxPoll(), config.pollTimeout(),
                        config.firstBackoff(), config.maxBackoff(), config.maxAttempts());
    }
}
