package io.omnipim.platform.web;

import java.util.List;

/** Features list their endpoints for {@code GET /api/rest/v1} by providing a bean of this type. */
public interface ApiRouteProvider {

    List<ApiRoute> routes();
}
