package io.omnipim.syndication.appfeed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One page of the app feed.
 *
 * @param nextCursor the {@code cursor} of the next snapshot page, null on the last one
 * @param since the value to send as {@code ?since=} next time, to receive only what changed after this page
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppFeedPage(String connector, List<Item> items, String nextCursor, long since, boolean hasMore) {

    /** A product: {@code upsert} with its mapped fields, or {@code delete} (a tombstone) without. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, String action, JsonNode payload) {
    }
}
