package io.omnipim.syndication.core.run;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a channel holds against what the catalog would send it now. {@code stale}: held, but the product's output
 * differs (price and stock differences first); {@code missing}: selected and valid, not held; {@code unexpected}:
 * held, but no longer selected or gone.
 *
 * @param source {@value #CHANNEL} when the channel's copy was read back from the channel itself,
 *        {@value #LAST_DELIVERED} when it is the payload last delivered per product
 * @param sourceDetail which remote was read, or why the channel could not be read back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsistencyReport(String connector, String source, String sourceDetail, long checked,
        long consistent, long staleCount, long missingCount, long unexpectedCount, List<Difference> stale,
        List<Difference> missing, List<Difference> unexpected) {

    public static final String CHANNEL = "channel";
    public static final String LAST_DELIVERED = "last_delivered";

    /** One product out of step; {@code fields} are the channel fields that differ, offer fields first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(String identifier, List<Field> fields) {
    }

    /** One field: what the channel holds and what the catalog would send. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String field, Object channel, Object catalog) {
    }

    public boolean consistentNow() {
        return staleCount == 0 && missingCount == 0 && unexpectedCount == 0;
    }
}
