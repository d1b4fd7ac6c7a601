package io.omnipim.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.omnipim.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A POST creates or is refused: an existing product or model is never written by it. */
@QuarkusTest
class ProductCreateTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    @Test
    void postOfAnExistingIdentifierIsRefusedAndChangesNothing() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("fr_FR", null,
                "Veste légère en coton"))));
        JsonPath before = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().jsonPath();
        String etag = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().header("ETag");
        String uuid = before.getString("uuid");

        Api.as("editor").body(Map.of("identifier", sku, "enabled", false, "values", Map.of("name", List.of(
                Products.value("fr_FR", null, "Veste écrasée à 99 €"))))).post("/api/rest/v1/products").then()
                .statusCode(422).body("message", equalTo("Validation failed."))
                .body("errors[0].property", equalTo("identifier"))
                .body("errors[0].message", containsString("The same identifier is already set on another product"))
                .body("errors[0].message", containsString("\"" + sku + "\""));

        assertUnchanged(sku, before, etag);
        assertOnlyTheCreationInHistory(sku, uuid);
    }

    @Test
    void postOfAnExistingUuidOrIdentifierOnProductsUuidIsRefusedAndChangesNothing() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("de_DE", null,
                "Leichte Baumwolljacke"))));
        JsonPath before = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().jsonPath();
        String etag = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().header("ETag");
        String uuid = before.getString("uuid");

        Api.as("editor").body(Map.of("uuid", uuid, "enabled", false)).post("/api/rest/v1/products-uuid").then()
                .statusCode(422).body("errors[0].property", equalTo("uuid"))
                .body("errors[0].message", containsString("The same uuid is already set on another product"))
                .body("errors[0].message", containsString(uuid));
        Api.as("editor").body(Map.of("identifier", sku, "enabled", false)).post("/api/rest/v1/products-uuid").then()
                .statusCode(422).body("errors[0].property", equalTo("identifier"))
                .body("errors[0].message", containsString("The same identifier is already set on another product"))
                .body("errors[0].message", containsString("\"" + sku + "\""));

        assertUnchanged(sku, before, etag);
        assertOnlyTheCreationInHistory(sku, uuid);
    }

    @Test
    void postOfAnExistingModelCodeIsRefusedAndChangesNothing() {
        String code = Products.sku("manteau").replace('-', '_');
        Api.as("editor").body(Map.of("code", code, "family_variant", "clothing_color_size", "values", Map.of(
                "name", List.of(Products.value("fr_FR", null, "Manteau d'hiver en laine"))))).post(
                        "/api/rest/v1/product-models")
                .then().statusCode(201);
        JsonPath before = Api.as("viewer").get("/api/rest/v1/product-models/" + code).then().extract().jsonPath();

        Api.as("editor").body(Map.of("code", code, "family_variant", "clothing_color_size", "values", Map.of(
                "name", List.of(Products.value("fr_FR", null, "Manteau remplacé"))))).post(
                        "/api/rest/v1/product-models")
                .then().statusCode(422).body("errors[0].property", equalTo("code"))
                .body("errors[0].message", containsString("The same code is already set on another product model"))
                .body("errors[0].message", containsString("\"" + code + "\""));

        JsonPath after = Api.as("viewer").get("/api/rest/v1/product-models/" + code).then().extract().jsonPath();
        assertThat(after.getString("values.name[0].data")).isEqualTo("Manteau d'hiver en laine");
        assertThat(after.getString("updated")).isEqualTo(before.getString("updated"));
        assertThat(historyEntries("product_model", code)).isEqualTo(1);
    }

    private static void assertUnchanged(String sku, JsonPath before, String etag) {
        JsonPath after = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .header("ETag", equalTo(etag)).extract().jsonPath();
        assertThat(after.getBoolean("enabled")).isTrue();
        assertThat(after.getMap("values")).isEqualTo(before.getMap("values"));
        assertThat(after.getString("updated")).isEqualTo(before.getString("updated"));
    }

    /** The refused write left no entry: the history shows the creation only, still read from the product row. */
    private void assertOnlyTheCreationInHistory(String sku, String uuid) {
        Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(1)).body("_embedded.items[0].version", equalTo(1));
        assertThat(historyEntries("product", uuid)).isZero();
    }

    private long historyEntries(String type, String id) {
        return (Long) Sql.value(dataSource,
                "SELECT count(*) FROM catalog_history WHERE entity_type = ? AND entity_id = ?",
                type, id);
    }
}
