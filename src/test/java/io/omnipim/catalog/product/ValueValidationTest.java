package io.omnipim.catalog.product;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/** One test per validation rule of values: each answers 422 naming the attribute and saying what is wrong. */
@QuarkusTest
class ValueValidationTest {

    static boolean attributes;

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
        if (attributes) {
            return;
        }
        attr("vv_email", "pim_catalog_text", Map.of("validation_rule", "email"));
        attr("vv_url", "pim_catalog_text", Map.of("validation_rule", "url"));
        attr("vv_code", "pim_catalog_text",
                Map.of("validation_rule", "regexp", "validation_regexp", "/^[A-Z]{3}-\\d+$/"));
        attr("vv_short", "pim_catalog_text", Map.of("max_characters", 10));
        attr("vv_percent", "pim_catalog_number", Map.of("number_min", "0", "number_max", "100",
                "decimals_allowed", false, "negative_allowed", false));
        attr("vv_date", "pim_catalog_date", Map.of("date_min", "2020-01-01", "date_max", "2030-12-31"));
        attributes = true;
    }

    private static void attr(String code, String type, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("type", type);
        body.put("group", "other");
        Api.as("manager").body(body).patch("/api/rest/v1/attributes/" + code);
    }

    private static void refused(String attribute, Object data, String message) {
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "values",
                Map.of(attribute, List.of(Products.value(null, null, data)))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].attribute", equalTo(attribute)).body("errors[0].message", containsString(message));
    }

    private static void accepted(String attribute, Object data) {
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "values",
                Map.of(attribute, List.of(Products.value(null, null, data)))))
                .post("/api/rest/v1/products").then().statusCode(201);
    }

    @Test
    void textRules() {
        refused("vv_email", "jean.dupont@", "email");
        accepted("vv_email", "jean.dupont@exemple.fr");
        refused("vv_url", "ftp://example.com", "URL");
        accepted("vv_url", "https://boutique.example.de/schuhe?größe=42");
        refused("vv_code", "abc-1", "pattern");
        accepted("vv_code", "ABC-12");
        refused("vv_short", "Ceci est beaucoup trop long", "too long");
        accepted("vv_short", "Élégant");
        refused("vv_short", List.of("array"), "string");
    }

    @Test
    void numberRules() {
        refused("vv_percent", "12.5", "decimals");
        refused("vv_percent", -3, "negative");
        refused("vv_percent", 101, "between");
        refused("vv_percent", "douze", "number");
        accepted("vv_percent", "55");
    }

    @Test
    void dateRules() {
        refused("vv_date", "2019-12-31", "between");
        refused("vv_date", "31/12/2024", "date");
        accepted("vv_date", "2024-02-29");
    }

    @Test
    void localeNotActiveOnTheChannelAndUnknownLocale() {
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "values", Map.of("description", List.of(
                Products.value("en_US", "mobile", "English on a French/German channel")))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("not activated for the channel"))
                .body("errors[0].scope", equalTo("mobile"));
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "values", Map.of("name", List.of(
                Products.value("ja_JP", null, "日本語"))))).post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].locale", equalTo("ja_JP"));
    }

    @Test
    void unknownPropertiesAndTypesAreNamed() {
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "colour", "red"))
                .post("/api/rest/v1/products").then().statusCode(422).body("errors[0].property", equalTo("colour"));
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "enabled", "yes"))
                .post("/api/rest/v1/products").then().statusCode(422).body("errors[0].property", equalTo("enabled"));
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "values", Map.of("no_such_attribute",
                List.of(Products.value(null, null, "x"))))).post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].attribute", equalTo("no_such_attribute"));
        Api.as("editor").body(Map.of("identifier", Products.sku("vv"), "categories", List.of("atlantis")))
                .post("/api/rest/v1/products").then().statusCode(422).body("errors[0].property", equalTo("categories"));
    }

    @Test
    void tooLongIdentifierAndLargeBody() {
        Api.as("editor").body(Map.of("identifier", "x".repeat(256))).post("/api/rest/v1/products").then()
                .statusCode(422);
        String big = "{\"identifier\":\"big\",\"values\":{\"name\":[{\"locale\":\"en_US\",\"scope\":null,\"data\":\""
                + "a".repeat(11 * 1024 * 1024) + "\"}]}}";
        Api.as("editor").body(big).post("/api/rest/v1/products").then().statusCode(413).body("code", equalTo(413));
    }

    @Test
    void associationsNeedExistingTypesAndProducts() {
        Api.as("manager").body(Map.of("labels", Map.of("fr_FR", "Vente croisée")))
                .patch("/api/rest/v1/association-types/X_SELL").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(201), equalTo(204)));
        String target = Products.create("shoes", Map.of());
        String sku = Products.sku("assoc");
        Api.as("editor").body(Map.of("identifier", sku, "associations", Map.of("X_SELL",
                Map.of("products", List.of(target))))).post("/api/rest/v1/products").then().statusCode(201);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("associations.X_SELL.products", equalTo(List.of(target)));
        Api.as("editor").body(Map.of("identifier", Products.sku("assoc"), "associations", Map.of("X_SELL",
                Map.of("products", List.of("ghost-product"))))).post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("ghost-product"));
        Api.as("editor").body(Map.of("identifier", Products.sku("assoc"), "associations", Map.of("NO_TYPE",
                Map.of("products", List.of(target))))).post("/api/rest/v1/products").then().statusCode(422);
    }

    @Test
    void productsByUuid() {
        String uuid = java.util.UUID.randomUUID().toString();
        Api.as("editor").body(Map.of("uuid", uuid, "values", Map.of("sku", List.of(Products.value(null, null,
                "uuid-" + uuid.substring(0, 8)))))).post("/api/rest/v1/products-uuid").then().statusCode(201)
                .header("Location", containsString("/api/rest/v1/products-uuid/" + uuid));
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products-uuid/" + uuid).then()
                .statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products-uuid/" + uuid).then().statusCode(200)
                .body("uuid", equalTo(uuid)).body("enabled", equalTo(false))
                .body("identifier", equalTo("uuid-" + uuid.substring(0, 8)));
        Api.as("editor").delete("/api/rest/v1/products-uuid/" + uuid).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products-uuid/" + uuid).then().statusCode(404);
    }
}
