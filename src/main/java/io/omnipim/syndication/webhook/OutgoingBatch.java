package io.omnipim.syndication.webhook;

import java.time.OffsetDateTime;

/** A change batch for a webhook receiver, as stored in {@code syndication_outgoing}. */
public record OutgoingBatch(long id, String connector, String batchId, String body, String itemsJson, int itemCount,
        int attempts, OffsetDateTime nextAttemptAt, String lastError, String status, OffsetDateTime createdAt) {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String DEAD = "dead";
}
