package io.omnipim.catalog.structure;

import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StructureDeletionTest {

    @Test
    void labelAttributeOfAFamilyCannotBeDeleted() {
        CatalogFixtures.ensure();
        Api.as("manager").delete("/api/rest/v1/attributes/name").then().statusCode(422)
                .body("message", containsString("label attribute"));
    }

    @Test
    void familyWithProductsCannotBeDeletedButAnEmptyOneCan() {
        CatalogFixtures.ensure();
        String family = "doomed_" + System.nanoTime() % 100000;
        Api.as("manager").body(Map.of("attributes", List.of("name"), "attribute_as_label", "name"))
                .patch("/api/rest/v1/families/" + family).then().statusCode(201);
        String sku = Products.create(family, Map.of());
        Api.as("manager").delete("/api/rest/v1/families/" + family).then().statusCode(422)
                .body("message", containsString("1 products"));
        Api.as("editor").delete("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("manager").delete("/api/rest/v1/families/" + family).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/families/" + family).then().statusCode(404);
    }

    @Test
    void unusedAttributeIsDeleted() {
        String code = "temp_" + System.nanoTime() % 100000;
        Api.as("manager").body(Map.of("code", code, "type", "pim_catalog_boolean", "group", "other"))
                .post("/api/rest/v1/attributes").then().statusCode(201);
        Api.as("manager").delete("/api/rest/v1/attributes/" + code).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/attributes/" + code).then().statusCode(404);
    }
}
