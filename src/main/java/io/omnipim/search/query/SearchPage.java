package io.omnipim.search.query;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total matching documents, exact up to 10,000 (then 10,000)
 * @param totalLabel the total as shown to people: {@code "57"}, or {@code "10000+"} beyond the exact range
 * @param searchAfter the cursor of the next page (pass it as {@code search_after}), null on the last page
 */
public record SearchPage(List<SearchItem> items, Map<String, List<FacetValue>> facets, long total,
        String totalLabel, String searchAfter) {
}
