package io.omnipim.catalog.structure;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The structure endpoints, for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class StructureRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        crud(routes, "attribute", "attributes", "code");
        crud(routes, "attribute_option", "attributes/{attribute_code}/options", "code");
        crud(routes, "attribute_group", "attribute-groups", "code");
        crud(routes, "association_type", "association-types", "code");
        crud(routes, "category", "categories", "code");
        crud(routes, "channel", "channels", "code");
        crud(routes, "family", "families", "code");
        crud(routes, "family_variant", "families/{family_code}/variants", "code");
        crud(routes, "group", "groups", "code");
        read(routes, "locale", "locales");
        read(routes, "currency", "currencies");
        routes.add(new ApiRoute("pim_api_measurement_family_list", "/api/rest/v1/measurement-families",
                List.of("GET", "PATCH")));
        return routes;
    }

    private static void crud(List<ApiRoute> routes, String name, String path, String key) {
        routes.add(new ApiRoute("pim_api_" + name + "_list", "/api/rest/v1/" + path, List.of("GET", "POST", "PATCH")));
        routes.add(new ApiRoute("pim_api_" + name + "_get", "/api/rest/v1/" + path + "/{" + key + "}",
                List.of("GET", "PATCH")));
    }

    private static void read(List<ApiRoute> routes, String name, String path) {
        routes.add(new ApiRoute("pim_api_" + name + "_list", "/api/rest/v1/" + path, List.of("GET")));
        routes.add(new ApiRoute("pim_api_" + name + "_get", "/api/rest/v1/" + path + "/{code}", List.of("GET")));
    }
}
