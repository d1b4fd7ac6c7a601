package io.omnipim.platform.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The user and connection endpoints, for the API root listing. */
@ApplicationScoped
public class SecurityRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute("pim_api_user_list", "/api/rest/v1/users", List.of("GET", "POST")),
                new ApiRoute("pim_api_user_get", "/api/rest/v1/users/{username}", List.of("GET", "PATCH", "DELETE")),
                new ApiRoute("pim_api_connection_list", "/api/rest/v1/connections", List.of("GET", "POST")),
                new ApiRoute("pim_api_connection_get", "/api/rest/v1/connections/{code}",
                        List.of("GET", "PATCH", "DELETE")),
                new ApiRoute("pim_api_connection_secret", "/api/rest/v1/connections/{code}/secret",
                        List.of("POST")));
    }
}
