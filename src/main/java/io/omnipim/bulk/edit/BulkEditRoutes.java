package io.omnipim.bulk.edit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The bulk edit endpoints, for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class BulkEditRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        String edits = "/api/rest/v1/bulk-edits";
        return List.of(new ApiRoute("omnipim_bulk_edit_list", edits, List.of("GET")),
                new ApiRoute("omnipim_bulk_edit_create", edits, List.of("POST")),
                new ApiRoute("omnipim_bulk_edit_get", edits + "/{id}", List.of("GET")),
                new ApiRoute("omnipim_bulk_edit_cancel", edits + "/{id}", List.of("DELETE")),
                new ApiRoute("omnipim_bulk_edit_resume", edits + "/{id}/resume", List.of("POST")));
    }
}
