package io.omnipim.bulk;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The import and export endpoints, for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class BulkRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        String imports = "/api/rest/v1/imports";
        String exports = "/api/rest/v1/exports";
        return List.of(new ApiRoute("omnipim_import_list", imports, List.of("GET")),
                new ApiRoute("omnipim_import_create", imports, List.of("POST")),
                new ApiRoute("omnipim_import_get", imports + "/{id}", List.of("GET")),
                new ApiRoute("omnipim_import_cancel", imports + "/{id}", List.of("DELETE")),
                new ApiRoute("omnipim_import_rejected", imports + "/{id}/rejected", List.of("GET")),
                new ApiRoute("omnipim_import_resume", imports + "/{id}/resume", List.of("POST")),
                new ApiRoute("omnipim_export_list", exports, List.of("GET")),
                new ApiRoute("omnipim_export_create", exports, List.of("POST")),
                new ApiRoute("omnipim_export_get", exports + "/{id}", List.of("GET")),
                new ApiRoute("omnipim_export_cancel", exports + "/{id}", List.of("DELETE")),
                new ApiRoute("omnipim_export_file", exports + "/{id}/file", List.of("GET")));
    }
}
