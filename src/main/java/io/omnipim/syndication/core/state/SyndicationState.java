package io.omnipim.syndication.core.state;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.syndication.core.ItemIssue;

/**
 * What one connector last did with one product (DESIGN.md "Syndication state").
 *
 * @param payloadHash {@link io.omnipim.syndication.core.PayloadHash} of what was delivered: a delta sends the
 *        product again only when the new hash differs
 * @param payload the mapped fields delivered, for the consistency report
 * @param status {@code delivered}, {@code rejected} (the channel refused it, see issues), {@code removed} (a
 *        deletion was delivered) or {@code invalid} (it never left the PIM)
 */
public record SyndicationState(String connector, UUID productUuid, String identifier, String payloadHash,
        JsonNode payload, OffsetDateTime deliveredAt, String status, List<ItemIssue> issues) {

    public static final String DELIVERED = "delivered";
    public static final String REJECTED = "rejected";
    public static final String REMOVED = "removed";
    public static final String INVALID = "invalid";

    public SyndicationState {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
