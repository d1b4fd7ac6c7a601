package io.omnipim.syndication.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retries of webhook deliveries: exponential backoff from {@code first-backoff}, given up after {@code retry-window}. */
@ConfigMapping(prefix = "pim.syndication.webhook")
public interface WebhookConfig {

    /** How long a batch is retried after it was queued before it becomes a dead letter. */
    @WithDefault("24h")
    Duration retryWindow();

    /** The wait after the first failure; doubled after each further one. */
    @WithDefault("5s")
    Duration firstBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("30m")
    Duration maxBackoff();

    /** Connect and response timeout of one POST. */
    @WithDefault("10s")
    Duration timeout();

    /** How often each node looks for batches due for an attempt. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Items per batch when the definition gives no {@code delivery.batch_size}. */
    @WithDefault("100")
    int batchSize();
}
