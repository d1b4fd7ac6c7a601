package io.omnipim.syndication.amazon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up the outcome of a delivery's feeds: issues per SKU and accepted / rejected counts. */
final class RunTally {

    private final Map<String, List<ListingIssue>> perSku = new LinkedHashMap<>();
    private final List<ListingIssue> feedIssues = new ArrayList<>();
    private int accepted;
    private int rejected;

    void refused(Map<String, List<ListingIssue>> refused) {
        refused.forEach((sku, issues) -> perSku.computeIfAbsent(sku, k -> new ArrayList<>()).addAll(issues));
        rejected += refused.size();
    }

    /** Maps the report's message ids back to the part's SKUs; counts come from its summary when there is one. */
    void report(FeedPart part, ProcessingReport report) {
        Set<Integer> invalid = new HashSet<>();
        List<ProcessingReport.Issue> issues = report == null ? List.of() : report.issues();
        for (ProcessingReport.Issue issue : issues) {
            String sku = issue.messageId() == null ? null : part.skuOf(issue.messageId());
            sku = sku == null ? issue.sku() : sku;
            ListingIssue mapped = issue.toListingIssue(sku);
            if (sku == null) {
                feedIssues.add(mapped);
                continue;
            }
            perSku.computeIfAbsent(sku, k -> new ArrayList<>()).add(mapped);
            if (mapped.isError() && issue.messageId() != null) {
                invalid.add(issue.messageId());
            }
        }
        if (report != null && report.summary() != null) {
            accepted += report.summary().messagesAccepted();
            rejected += report.summary().messagesInvalid();
        } else {
            accepted += part.messages() - invalid.size();
            rejected += invalid.size();
        }
    }

    AmazonRunResult result(List<String> feedIds) {
        return new AmazonRunResult(feedIds, perSku, feedIssues, accepted, rejected);
    }
}
