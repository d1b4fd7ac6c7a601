package io.omnipim.catalog.structure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StructureApiTest {

    @Test
    void freshInstallHasAkeneosMinimalCatalog() {
        Api.as("viewer").get("/api/rest/v1/attributes/sku").then().statusCode(200)
                .body("type", equalTo("pim_catalog_identifier")).body("group", equalTo("other"))
                .body("unique", equalTo(true)).body("group_labels.en_US", equalTo("Other"));
        Api.as("viewer").get("/api/rest/v1/categories/master").then().statusCode(200).body("parent", nullValue());
        Api.as("viewer").get("/api/rest/v1/channels/ecommerce").then().statusCode(200)
                .body("category_tree", equalTo("master")).body("locales", hasItem("en_US"));
        Api.as("viewer").get("/api/rest/v1/currencies/EUR").then().statusCode(200).body("enabled", equalTo(true));
        Api.as("viewer").get("/api/rest/v1/measurement-families").then().statusCode(200)
                .body("code", hasItems("Weight", "Length", "Binary", "Temperature"));
        Api.as("viewer").queryParam("limit", 100)
                .queryParam("search", "{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}")
                .get("/api/rest/v1/locales")
                .then().statusCode(200).body("_embedded.items.code", hasItem("en_US"))
                .body("_embedded.items.code", not(hasItem("ja_JP")));
    }

    @Test
    void apiRootListsTheStructureRoutes() {
        Api.as("viewer").get("/api/rest/v1").then().statusCode(200)
                .body("routes", hasKey("pim_api_attribute_list"))
                .body("routes", hasKey("pim_api_family_variant_get"));
    }

    @Test
    void attributeLifecycleAndPatchMerge() {
        String code = "structure_" + System.nanoTime() % 1_000_000;
        Api.as("manager").body(Map.of("code", code, "type", "pim_catalog_text", "group", "other", "localizable", true,
                "labels", Map.of("en_US", "Subtitle", "fr_FR", "Sous-titre")))
                .post("/api/rest/v1/attributes").then().statusCode(201)
                .header("Location", containsString("/api/rest/v1/attributes/" + code));
        // objects merge: the French label stays, a German one is added, null erases the English one
        Map<String, Object> labels = new java.util.HashMap<>();
        labels.put("de_DE", "Untertitel");
        labels.put("en_US", null);
        Api.as("manager").body(Map.of("labels", labels)).patch("/api/rest/v1/attributes/" + code)
                .then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/attributes/" + code).then().statusCode(200)
                .body("labels.fr_FR", equalTo("Sous-titre")).body("labels.de_DE", equalTo("Untertitel"))
                .body("labels", not(hasKey("en_US"))).body("localizable", equalTo(true));
        Api.as("manager").body(Map.of("type", "pim_catalog_number")).patch("/api/rest/v1/attributes/" + code)
                .then().statusCode(422).body("errors.property", hasItem("type"));
        Api.as("editor").body(Map.of("labels", Map.of())).patch("/api/rest/v1/attributes/" + code)
                .then().statusCode(403);
    }

    @Test
    void invalidAttributesAreRefusedWithTheirProperty() {
        Api.as("manager").body(Map.of("code", "bad_metric", "type", "pim_catalog_metric", "group", "other",
                "metric_family", "Weight", "default_metric_unit", "METER"))
                .post("/api/rest/v1/attributes").then().statusCode(422)
                .body("errors.property", hasItem("default_metric_unit"));
        Api.as("manager").body(Map.of("code", "bad_group", "type", "pim_catalog_text", "group", "nope"))
                .post("/api/rest/v1/attributes").then().statusCode(422).body("errors.property", hasItem("group"));
        Api.as("manager").body(Map.of("code", "colour_typo", "type", "pim_catalog_text", "group", "other",
                "colour", "red"))
                .post("/api/rest/v1/attributes").then().statusCode(422).body("message", containsString("\"colour\""));
        Api.as("manager").body(Map.of("code", "family", "type", "pim_catalog_text", "group", "other"))
                .post("/api/rest/v1/attributes").then().statusCode(422).body("errors.property", hasItem("code"));
    }

    @Test
    void optionsOfSelectAttributes() {
        CatalogFixtures.ensure();
        Api.as("viewer").get("/api/rest/v1/attributes/color/options?limit=100").then().statusCode(200)
                .body("_embedded.items.code", hasItems("red", "blue"));
        Api.as("viewer").get("/api/rest/v1/attributes/color/options/red").then().statusCode(200)
                .body("labels.fr_FR", equalTo("Rouge")).body("attribute", equalTo("color"));
        Api.as("viewer").get("/api/rest/v1/attributes/name/options").then().statusCode(404);
    }

    @Test
    void familyGetsTheIdentifierAndValidatesItsLabelAttribute() {
        CatalogFixtures.ensure();
        Api.as("viewer").get("/api/rest/v1/families/clothing").then().statusCode(200)
                .body("attributes", hasItem("sku")).body("attribute_requirements.ecommerce", hasItem("sku"))
                .body("attribute_as_label", equalTo("name"));
        Api.as("manager").body(Map.of("code", "broken_family", "attributes", List.of("name"),
                "attribute_as_label", "price"))
                .post("/api/rest/v1/families").then().statusCode(422)
                .body("errors.property", hasItem("attribute_as_label"));
    }

    @Test
    void familyVariantRulesAreChecked() {
        CatalogFixtures.ensure();
        Api.as("viewer").get("/api/rest/v1/families/clothing/variants/clothing_color_size").then().statusCode(200)
                .body("variant_attribute_sets[0].axes", hasItem("color"))
                .body("variant_attribute_sets[1].attributes", hasItem("sku"));
        Api.as("manager").body(Map.of("code", "by_name", "variant_attribute_sets",
                List.of(Map.of("level", 1, "axes", List.of("name"), "attributes", List.of()))))
                .post("/api/rest/v1/families/clothing/variants").then().statusCode(422)
                .body("errors[0].message", containsString("cannot be an axis"));
    }

    @Test
    void categoryCycleIsRefused() {
        CatalogFixtures.ensure();
        Api.as("manager").body(Map.of("parent", "clothing_women"))
                .patch("/api/rest/v1/categories/clothing").then().statusCode(422)
                .body("errors[0].message", containsString("cycle"));
    }

    @Test
    void collectionPatchStreamsOneLinePerInput() {
        String body = "{\"code\":\"cp_one\",\"labels\":{\"fr_FR\":\"Un\"}}\n"
                + "not json\n"
                + "{\"code\":\"cp_two\",\"parent\":\"no_such_parent\"}\n"
                + "{\"code\":\"cp_three\",\"parent\":\"master\"}\n";
        String response = Api.as("manager").contentType("application/vnd.akeneo.collection+json").body(body)
                .patch("/api/rest/v1/categories").then().statusCode(200).extract().asString();
        List<String> lines = response.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.size(), response);
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(0).matches(".*\"status_code\":20[14].*"), lines.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).contains("\"status_code\":400"), lines.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).contains("\"status_code\":422"), lines.get(2));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(3).matches(".*\"line\":4.*\"status_code\":20[14].*"),
                lines.get(3));
    }
}
