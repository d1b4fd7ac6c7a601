package io.omnipim.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /api/rest/v1}: the host, how to authenticate, and every route, in Akeneo's shape. */
@Path("/api/rest/v1")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    private final Instance<ApiRouteProvider> providers;

    public ApiRootResource(Instance<ApiRouteProvider> providers) {
        this.providers = providers;
    }

    @GET
    public Map<String, Object> root(@Context UriInfo uri) {
        Map<String, Object> routes = new LinkedHashMap<>();
        providers.stream().flatMap(p -> p.routes().stream()).sorted(Comparator.comparing(ApiRoute::route))
                .forEach(r -> routes.put(r.name(), Map.of("route", r.route(), "methods", r.methods())));
        String host = uri.getBaseUri().toString().replaceAll("/$", "");
        return Map.of("host", host,
                "authentication", Map.of("fos_oauth_server_token",
                        Map.of("route", "/api/oauth/v1/token", "methods", List.of("POST"))),
                "routes", routes);
    }
}
