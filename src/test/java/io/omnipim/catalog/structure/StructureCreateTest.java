package io.omnipim.catalog.structure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A POST of an existing code is refused and leaves the existing object as it was. */
@QuarkusTest
class StructureCreateTest {

    @Test
    void postOfAnExistingAttributeCodeIsRefusedAndChangesNothing() {
        String code = "untertitel_" + System.nanoTime() % 1_000_000;
        Api.as("manager").body(Map.of("code", code, "type", "pim_catalog_text", "group", "other",
                "labels", Map.of("en_US", "Subtitle", "fr_FR", "Sous-titre")))
                .post("/api/rest/v1/attributes").then().statusCode(201);

        Api.as("manager").body(Map.of("code", code, "type", "pim_catalog_text", "group", "other",
                "labels", Map.of("en_US", "Replaced", "de_DE", "Ersetzt")))
                .post("/api/rest/v1/attributes").then().statusCode(422)
                .body("message", equalTo("Validation failed.")).body("errors[0].property", equalTo("code"))
                .body("errors[0].message", containsString("This value is already used"))
                .body("errors[0].message", containsString("\"" + code + "\""));

        Api.as("viewer").get("/api/rest/v1/attributes/" + code).then().statusCode(200)
                .body("labels", equalTo(Map.of("en_US", "Subtitle", "fr_FR", "Sous-titre")));
    }

    @Test
    void postOfAnExistingOptionCodeIsRefusedAndChangesNothing() {
        CatalogFixtures.ensure();
        Api.as("manager").body(Map.of("code", "elan_vital", "labels", Map.of("fr_FR", "Remplacé")))
                .post("/api/rest/v1/attributes/brand/options").then().statusCode(422)
                .body("errors[0].message", containsString("This value is already used"))
                .body("errors[0].message", containsString("\"elan_vital\""));
        Api.as("viewer").get("/api/rest/v1/attributes/brand/options/elan_vital").then().statusCode(200)
                .body("labels.fr_FR", equalTo("Élan Vital"));
    }
}
