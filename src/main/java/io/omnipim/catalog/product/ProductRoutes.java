package io.omnipim.catalog.product;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.web.ApiRoute;
import io.omnipim.platform.web.ApiRouteProvider;

/** Product and product model endpoints, for {@code GET /api/rest/v1}. */
@ApplicationScoped
public class ProductRoutes implements ApiRouteProvider {

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute("pim_api_product_list", "/api/rest/v1/products", List.of("GET", "POST", "PATCH")),
                new ApiRoute("pim_api_product_get", "/api/rest/v1/products/{code}", List.of("GET", "PATCH", "DELETE")),
                new ApiRoute("pim_api_product_history", "/api/rest/v1/products/{code}/history", List.of("GET")),
                new ApiRoute("pim_api_product_uuid_list", "/api/rest/v1/products-uuid",
                        List.of("GET", "POST", "PATCH")),
                new ApiRoute("pim_api_product_uuid_get", "/api/rest/v1/products-uuid/{uuid}",
                        List.of("GET", "PATCH", "DELETE")),
                new ApiRoute("pim_api_product_model_list", "/api/rest/v1/product-models",
                        List.of("GET", "POST", "PATCH")),
                new ApiRoute("pim_api_product_model_get", "/api/rest/v1/product-models/{code}",
                        List.of("GET", "PATCH", "DELETE")));
    }
}
