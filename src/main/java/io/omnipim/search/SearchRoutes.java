package io.omnipim.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** Search endpoints (our extension), for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class SearchRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute("pim_api_search_products", "/api/rest/v1/search/products", List.of("GET")),
                new ApiRoute("pim_api_search_reindex", "/api/rest/v1/search/reindex", List.of("GET", "POST")),
                new ApiRoute("pim_api_search_consistency", "/api/rest/v1/search/consistency", List.of("GET")));
    }
}
