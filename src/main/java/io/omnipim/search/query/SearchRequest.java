package io.omnipim.search.query;

/**
 * The parameters of {@code GET /api/rest/v1/search/products}, as given.
 *
 * @param search Akeneo's filter JSON
 * @param facets comma-separated facet names
 * @param searchAfter the cursor a previous page returned
 */
public record SearchRequest(String q, String locale, String scope, String search, String facets, String sort,
        int limit, String searchAfter) {

    public static final int MAX_LIMIT = 100;
}
