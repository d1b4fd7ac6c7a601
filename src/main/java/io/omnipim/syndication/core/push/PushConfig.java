package io.omnipim.syndication.core.push;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Pushed connectors: how long a run waits for acknowledgements, and how on-change delivery coalesces. */
@ConfigMapping(prefix = "pim.syndication.push")
public interface PushConfig {

    /** A run waits this long for the channel to acknowledge its changes; later ones keep being retried. */
    @WithDefault("30s")
    Duration runWait();

    /** On-change delivery: a product's edits within this window become one message. */
    @WithDefault("1s")
    Duration onChangeWindow();

    /** How often each node looks for new outbox events for on-change connectors. */
    @WithDefault("1s")
    Duration onChangePoll();
}
