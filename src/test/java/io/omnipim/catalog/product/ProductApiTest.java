package io.omnipim.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

@QuarkusTest
class ProductApiTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    @Test
    void createReadAndMergeValues() {
        String sku = Products.sku("veste");
        Api.as("editor").body(Map.of("identifier", sku, "family", "clothing", "categories", List.of("clothing_women"),
                "values", Map.of(
                        "name", List.of(Products.value("fr_FR", null, "Veste légère en coton"),
                                Products.value("en_US", null, "Light cotton jacket")),
                        "price", List.of(Products.value(null, null,
                                List.of(Map.of("amount", "49.9", "currency", "EUR")))),
                        "weight", List.of(Products.value(null, null, Map.of("amount", 1.25, "unit", "KILOGRAM"))))))
                .post("/api/rest/v1/products").then().statusCode(201)
                .header("Location", containsString("/api/rest/v1/products/" + sku));
        // PATCH one locale: the other stays
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("de_DE", null,
                "Leichte Baumwolljacke"))))).patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("identifier", equalTo(sku)).body("family", equalTo("clothing"))
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("Veste légère en coton"))
                .body("values.name.find { it.locale == 'de_DE' }.data", equalTo("Leichte Baumwolljacke"))
                .body("values.price[0].data[0].amount", equalTo("49.90"))
                .body("values.weight[0].data.unit", equalTo("KILOGRAM"))
                .body("values.weight[0].data", not(hasKey("base_data")))
                .body("values.sku[0].data", equalTo(sku))
                .body("associations", notNullValue());
    }

    @Test
    void nullErasesAValueAndUnchangedWriteKeepsVersion() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("en_US", null, "Scarf"),
                Products.value("fr_FR", null, "Écharpe"))));
        String etag = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().header("ETag");
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null, "Scarf")))))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(204).header("ETag", equalTo(etag));
        Map<String, Object> erase = new java.util.HashMap<>();
        erase.put("locale", "fr_FR");
        erase.put("scope", null);
        erase.put("data", null);
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(erase)))).patch("/api/rest/v1/products/" + sku)
                .then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name.locale", not(hasItem("fr_FR"))).body("values.name.locale", hasItem("en_US"));
    }

    @Test
    void staleIfMatchIs412() {
        String sku = Products.create("clothing", Map.of());
        String etag = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().header("ETag");
        Api.as("editor").header("If-Match", etag).body(Map.of("enabled", false))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("editor").header("If-Match", etag).body(Map.of("enabled", true))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(412).body("code", equalTo(412));
    }

    @Test
    void valueErrorsNameAttributeLocaleAndScope() {
        String sku = Products.sku("bad");
        Api.as("editor").body(Map.of("identifier", sku, "family", "clothing", "values", Map.of(
                "description", List.of(Products.value("fr_FR", null, "Sans canal")),
                "name", List.of(Products.value(null, null, "No locale")),
                "weight", List.of(Products.value(null, null, Map.of("amount", 2, "unit", "METER"))),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "10", "currency", "JPY")))),
                "color", List.of(Products.value(null, null, "purple")))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors.attribute", hasItem("description")).body("errors.attribute", hasItem("name"))
                .body("errors.attribute", hasItem("weight")).body("errors.attribute", hasItem("price"))
                .body("errors.attribute", hasItem("color"))
                .body("errors.find { it.attribute == 'description' }.locale", equalTo("fr_FR"));
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void uniqueValueIsEnforced() {
        Products.create("electronics", Map.of("ean", List.of(Products.value(null, null, "4006381333931"))));
        Api.as("editor").body(Map.of("identifier", Products.sku("dup"), "family", "electronics", "values",
                Map.of("ean", List.of(Products.value(null, null, "4006381333931")))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("already set on another product"));
        Api.as("editor").body(Map.of("identifier", Products.sku("badean"), "values",
                Map.of("ean", List.of(Products.value(null, null, "4006381333932")))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("GTIN"));
    }

    @Test
    void identifierRules() {
        Api.as("editor").body(Map.of("identifier", "bad;sku")).post("/api/rest/v1/products").then().statusCode(422);
        Api.as("editor").body(Map.of("identifier", " padded")).post("/api/rest/v1/products").then().statusCode(422);
        Api.as("editor").body(Map.of("identifier", "other")).patch("/api/rest/v1/products/not-other").then()
                .statusCode(422).body("message", containsString("must match"));
    }

    @Test
    void historyRecordsWhoChangedWhatAndNothingForNoChange() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("en_US", null, "Old name"))));
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null, "New name")))))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null, "New name")))))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(2))
                .body("_embedded.items[0].author", equalTo("test-editor (API: default)"))
                .body("_embedded.items[0].changes[0].field", equalTo("name-en_US"))
                .body("_embedded.items[0].changes[0].old", equalTo("Old name"))
                .body("_embedded.items[0].changes[0].new", equalTo("New name"));
    }

    @Test
    void theCreationEntryKeepsWhatTheProductHeldWhenCreated() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("fr_FR", null,
                "Pull en laine mérinos"))));
        String created = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().path("created");
        JsonPath creation = Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(1))
                .body("_embedded.items[0].author", equalTo("test-editor (API: default)"))
                .body("_embedded.items[0].changes.find { it.field == 'name-fr_FR' }.new",
                        equalTo("Pull en laine mérinos"))
                .body("_embedded.items[0].changes.find { it.field == 'family' }.new", equalTo("clothing"))
                .extract().jsonPath();
        assertThat(sameSecond(creation.getString("_embedded.items[0].logged_at"), created)).isTrue();
        Api.as("admin").body(Map.of("values", Map.of("name", List.of(Products.value("fr_FR", null,
                "Pull en laine d'agneau"))))).patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        // the first change writes the creation entry: the creator and the creation time, not the updater and now
        JsonPath both = Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(2))
                .body("_embedded.items[0].changes.size()", equalTo(1))
                .body("_embedded.items[0].changes[0].old", equalTo("Pull en laine mérinos"))
                .body("_embedded.items[1].version", equalTo(1))
                .body("_embedded.items[1].author", equalTo("test-editor (API: default)"))
                .body("_embedded.items[1].changes.find { it.field == 'name-fr_FR' }.new",
                        equalTo("Pull en laine mérinos"))
                .extract().jsonPath();
        assertThat(both.getString("_embedded.items[0].author")).isNotEqualTo("test-editor (API: default)");
        assertThat(both.getLong("_embedded.items[1].id")).isPositive()
                .isLessThan(both.getLong("_embedded.items[0].id"));
        assertThat(sameSecond(both.getString("_embedded.items[1].logged_at"), created)).isTrue();
        String deleted = Products.create("clothing", Map.of("name", List.of(Products.value("de_DE", null,
                "Wollpullover"))));
        String uuid = Api.as("viewer").get("/api/rest/v1/products/" + deleted).then().extract().path("uuid");
        Api.as("editor").delete("/api/rest/v1/products/" + deleted).then().statusCode(204);
        assertThat(storedChanges(uuid, 1)).as("the creation entry of a product deleted at version 1")
                .contains("Wollpullover");
    }

    @Test
    void aCreationEntryLeftWithoutItsChangesPastVersionOneShowsNoneRatherThanTheCurrentValues() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("en_US", null,
                "Wool jumper"))));
        String uuid = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().path("uuid");
        // what a node of the previous release leaves when it updates a product created by this one
        earlierReleaseCreationEntry(uuid, "admin");
        Sql.update(dataSource, "UPDATE product SET version = 2, raw_values = '{}' WHERE uuid = ?",
                UUID.fromString(uuid));
        Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(1))
                .body("_embedded.items[0].changes.size()", equalTo(0));
    }

    /** A creation entry written by an earlier release without its changes gets them at the first update, once. */
    @Test
    void aCreationEntryOfAnEarlierReleaseIsFilledInByTheFirstUpdate() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("en_US", null,
                "Cashmere scarf"))));
        String uuid = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().path("uuid");
        earlierReleaseCreationEntry(uuid, "an earlier release");
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null,
                "Cashmere stole"))))).patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(2))
                .body("_embedded.items[1].author", equalTo("an earlier release"))
                .body("_embedded.items[1].changes.find { it.field == 'name-en_US' }.new", equalTo("Cashmere scarf"));
    }

    /** The creation entry an earlier release wrote: without its changes. */
    private void earlierReleaseCreationEntry(String uuid, String author) {
        Sql.update(dataSource, "INSERT INTO catalog_history (entity_type, entity_id, version, author)"
                + " VALUES ('product', ?, 1, ?)", uuid, author);
    }

    private static boolean sameSecond(String a, String b) {
        return java.time.OffsetDateTime.parse(a).toEpochSecond() == java.time.OffsetDateTime.parse(b).toEpochSecond();
    }

    private String storedChanges(String uuid, long version) {
        return (String) Sql.value(dataSource, "SELECT changes::text FROM catalog_history"
                + " WHERE entity_type = 'product' AND entity_id = ? AND version = ?", uuid, version);
    }

    @Test
    void completenessFollowsTheFamilyRequirements() {
        String sku = Products.create("clothing", Map.of("name", List.of(Products.value("fr_FR", null, "Pull")),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "30", "currency", "EUR"),
                        Map.of("amount", "33", "currency", "USD"))))));
        // ecommerce requires sku, name, description, price: fr_FR has 3 of 4
        Api.as("viewer").queryParam("with_completenesses", true).get("/api/rest/v1/products/" + sku).then()
                .body("completenesses.find { it.scope == 'ecommerce' && it.locale == 'fr_FR' }.data", equalTo(75))
                .body("completenesses.find { it.scope == 'ecommerce' && it.locale == 'en_US' }.data", equalTo(50));
        Api.as("editor").body(Map.of("values", Map.of("description", List.of(Products.value("fr_FR", "ecommerce",
                "<p>Un pull chaud en laine.</p>"))))).patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("viewer").queryParam("with_completenesses", true).get("/api/rest/v1/products/" + sku).then()
                .body("completenesses.find { it.scope == 'ecommerce' && it.locale == 'fr_FR' }.data", equalTo(100));
        // stored lean: the ratio and what is required, the missing attributes only when some are
        String uuid = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().path("uuid");
        assertThat(Sql.value(dataSource, "SELECT ratios -> 'ecommerce' ->> 'fr_FR' FROM completeness"
                + " WHERE product_uuid = ?", UUID.fromString(uuid))).isEqualTo("{\"ratio\": 100, \"required\": 4}");
        assertThat(Sql.value(dataSource, "SELECT ratios -> 'ecommerce' ->> 'en_US' FROM completeness"
                + " WHERE product_uuid = ?", UUID.fromString(uuid)))
                .isEqualTo("{\"ratio\": 50, \"required\": 4, \"missing_attributes\": [\"name\", \"description\"]}");
    }

    @Test
    void newProductsGetTimeOrderedUuids() {
        UUID first = UUID.fromString(Api.as("viewer").get("/api/rest/v1/products/"
                + Products.create("clothing", Map.of())).then().extract().<String>path("uuid"));
        UUID second = UUID.fromString(Api.as("viewer").get("/api/rest/v1/products/"
                + Products.create("clothing", Map.of())).then().extract().<String>path("uuid"));
        assertThat(first.version()).isEqualTo(7);
        assertThat(second.toString()).as("created later, sorts later").isGreaterThan(first.toString());
    }

    @Test
    void deleteRemovesTheProduct() {
        String sku = Products.create("clothing", Map.of());
        String uuid = Api.as("viewer").get("/api/rest/v1/products/" + sku).then().extract().path("uuid");
        assertThat(completenessRows(uuid)).isPositive();
        Api.as("editor").delete("/api/rest/v1/products/" + sku).then().statusCode(204);
        assertThat(completenessRows(uuid)).as("completeness rows of the deleted product").isZero();
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(404);
        Api.as("viewer").delete("/api/rest/v1/products/" + sku).then().statusCode(403);
    }

    private long completenessRows(String uuid) {
        return (Long) Sql.value(dataSource, "SELECT count(*) FROM completeness WHERE product_uuid = ?",
                UUID.fromString(uuid));
    }
}
