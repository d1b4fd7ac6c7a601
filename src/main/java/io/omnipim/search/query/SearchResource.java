package io.omnipim.search.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.omnipim.platform.security.Role;

/**
 * Search across products and product models (our extension of the Akeneo API): full text in {@code q}, Akeneo
 * filters in {@code search}, facet counts, deep paging with {@code search_after}. See the package documentation
 * for the filters supported.
 */
@Path("/api/rest/v1/search/products")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public SearchPage search(@QueryParam("q") String q, @QueryParam("locale") String locale,
            @QueryParam("scope") String scope, @QueryParam("search") String filters,
            @QueryParam("facets") String facets, @QueryParam("sort") String sort,
            @QueryParam("limit") @DefaultValue("25") int limit, @QueryParam("search_after") String searchAfter) {
        return search.search(new SearchRequest(q, locale, scope, filters, facets, sort, limit, searchAfter));
    }
}
