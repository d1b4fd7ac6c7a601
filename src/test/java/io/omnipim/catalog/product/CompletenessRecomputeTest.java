package io.omnipim.catalog.product;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CompletenessRecomputeTest {

    private static int ratio(String sku) {
        return Api.as("viewer").queryParam("with_completenesses", true).get("/api/rest/v1/products/" + sku).then()
                .extract().path("completenesses.find { it.scope == 'ecommerce' && it.locale == 'en_US' }.data");
    }

    @Test
    void changingAFamilysRequirementsRecomputesItsProductsInTheBackground() throws InterruptedException {
        CatalogFixtures.ensure();
        String family = "recompute_" + System.nanoTime() % 100000;
        Api.as("manager").body(Map.of("attributes", List.of("name", "brand"), "attribute_as_label", "name",
                "attribute_requirements", Map.of("ecommerce", List.of("name"))))
                .patch("/api/rest/v1/families/" + family).then().statusCode(201);
        String sku = Products.create(family, Map.of("name", List.of(Products.value("en_US", null, "Lamp"))));
        Assertions.assertEquals(100, ratio(sku));
        Api.as("manager").body(Map.of("attribute_requirements", Map.of("ecommerce", List.of("name", "brand"))))
                .patch("/api/rest/v1/families/" + family).then().statusCode(204);
        long deadline = System.currentTimeMillis() + 20_000;
        while (ratio(sku) != 66 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Assertions.assertEquals(66, ratio(sku), "sku, name, brand required; brand missing");
    }
}
