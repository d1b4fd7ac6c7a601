package io.omnipim.syndication.amazon;

import java.util.List;
import java.util.Map;

/**
 * What one Amazon delivery did: the feeds it created, the issues per SKU (from the processing reports, and from checks
 * before sending), issues of a whole feed, and how many messages Amazon accepted or rejected (refused before sending
 * counts as rejected).
 */
public record AmazonRunResult(List<String> feedIds, Map<String, List<ListingIssue>> perSkuIssues,
        List<ListingIssue> feedIssues, int accepted, int rejected) {

    public AmazonRunResult {
        feedIds = List.copyOf(feedIds);
        perSkuIssues = Map.copyOf(perSkuIssues);
        feedIssues = List.copyOf(feedIssues);
    }

    /** SKUs with at least one error: not on Amazon as sent. */
    public List<String> rejectedSkus() {
        return perSkuIssues.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(ListingIssue::isError))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
