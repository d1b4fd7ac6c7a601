package io.omnipim.syndication.core.connector;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The connector endpoints, for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class ConnectorRoutes implements ApiRouteProvider {

    private static final String BASE = "/api/rest/v1/connectors";

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute("omnipim_api_connector_list", BASE, List.of("GET")),
                new ApiRoute("omnipim_api_connector_get", BASE + "/{code}", List.of("GET", "PUT", "DELETE")),
                new ApiRoute("omnipim_api_connector_reload", BASE + "/reload", List.of("POST")),
                new ApiRoute("omnipim_api_connector_preview", BASE + "/{code}/preview/{identifier}",
                        List.of("GET")));
    }
}
