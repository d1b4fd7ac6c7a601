package io.omnipim.syndication.core.run;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a channel holds against what the catalog would send it now. {@code stale}: delivered, but the product's
 * output changed since (price and stock differences first); {@code missing}: selected and valid, never delivered;
 * {@code unexpected}: delivered, but no longer selected or gone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsistencyReport(String connector, long checked, long consistent, long staleCount,
        long missingCount, long unexpectedCount, List<Difference> stale, List<Difference> missing,
        List<Difference> unexpected) {

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
