package io.omnipim.syndication.core.push;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.omnipim.syndication.core.ChannelType;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.definition.ConnectorDefinition;

/**
 * A channel the PIM pushes changes to (a shop's webhook) or serves changes from (the mobile app's feed), rather
 * than a file it publishes. Runs and on-change delivery compute the changes ({@link ChangePlanner}); the type
 * delivers them and records the syndication state only once the channel has acknowledged them.
 */
public interface PushedType extends ChannelType {

    /** Why the connector cannot deliver now (an unset environment variable…), for the run report; else empty. */
    default Optional<String> cannotDeliver(ConnectorDefinition definition) {
        return Optional.empty();
    }

    /** Hands these changes over for delivery; called page by page during a run and per burst on change. */
    void push(ConnectorDefinition definition, List<ItemChange> changes);

    /**
     * Delivers what {@link #push} gathered and has not handed over yet: on-change delivery calls it after each
     * burst. A type that sends in large documents (Amazon's feeds) gathers the pushes of a run or of a burst and
     * sends them here or in {@link #settle}; types that send at once need nothing.
     */
    default void flush(ConnectorDefinition definition) {
    }

    /** Forgets what {@link #push} gathered and did not hand over (a run that failed while planning). */
    default void discard(ConnectorDefinition definition) {
    }

    /**
     * After a run pushed everything since {@code since}: waits up to {@code wait} for the deliveries to settle and
     * tells how they ended.
     */
    PushReport settle(ConnectorDefinition definition, OffsetDateTime since, Duration wait);

    /**
     * How a run's deliveries ended.
     *
     * @param deadLetters the batches given up on (their first item identifiers and last error), for the report
     * @param rejected products the channel refused (they are not recorded as delivered)
     * @param issues what the channel said about single products (errors and warnings), for the run's errors
     */
    record PushReport(long delivered, long pending, long dead, List<String> deadLetters, long rejected,
            List<ItemIssue> issues) {

        public PushReport {
            deadLetters = List.copyOf(deadLetters);
            issues = List.copyOf(issues);
        }

        /** A report without per-product answers (batches acknowledged or not). */
        public PushReport(long delivered, long pending, long dead, List<String> deadLetters) {
            this(delivered, pending, dead, deadLetters, 0, List.of());
        }
    }
}
