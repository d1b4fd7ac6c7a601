package io.omnipim.catalog.product.media;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** The media file endpoints, for {@code GET /api/rest/v1}, named as Akeneo names them. */
@ApplicationScoped
public class MediaRoutes implements ApiRouteProvider {

    private static final String BASE = "/api/rest/v1/media-files";

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute("pim_api_media_file_list", BASE, List.of("GET")),
                new ApiRoute("pim_api_media_file_create", BASE, List.of("POST")),
                new ApiRoute("pim_api_media_file_get", BASE + "/{code}", List.of("GET")),
                new ApiRoute("pim_api_media_file_download", BASE + "/{code}/download", List.of("GET")));
    }
}
