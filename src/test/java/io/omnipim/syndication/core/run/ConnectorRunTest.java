package io.omnipim.syndication.core.run;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A Google feed connector run end to end: invalid products are reported and left out, the feed is published
 * atomically and served (gzip too), a delta counts only what changed, a product leaving the selection is removed,
 * the publish gate holds a bad run back and the previous feed stays.
 */
@QuarkusTest
class ConnectorRunTest {

    private static final String YAML = """
            code: %s
            label: Google — test des exécutions
            type: google-merchant
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            link_template: "https://boutique.example/p/{identifier}"
            selection:
              enabled: [{operator: "=", value: true}]
              identifier: [{operator: IN, value: [%s]}]
            fields:
              - {target: id, property: identifier}
              - {target: title, source: name}
              - {target: description, source: description, transforms: [strip_html]}
              - {target: link, property: url}
              - {target: image_link, constant: "https://boutique.example/media/placeholder.png"}
              - {target: availability, constant: in_stock}
              - {target: price, source: price, transforms: [price_format]}
            publish_gate:
              max_invalid_ratio: %s
            %s
            delivery:
              format: xml
            """;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void aRunPublishesTheValidProductsAndADeltaSendsOnlyWhatChanged() {
        String boots = shoe("Bottines en cuir", "129.00");
        String sandals = shoe("Sandales d'été", "49.90");
        String noPrice = shoe("Espadrilles", null);
        String code = connector(List.of(boots, sandals, noPrice), "0.5");

        JsonPath first = run(code, "full", false);
        assertThat(first.getString("status")).isEqualTo("done");
        assertThat(first.getMap("counts")).containsEntry("selected", 3).containsEntry("sent", 2)
                .containsEntry("invalid", 1);
        assertThat(first.getBoolean("result.published")).isTrue();
        assertThat(first.getList("errors.identifier", String.class)).contains(noPrice);
        String feed = Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/feed").then().statusCode(200)
                .extract().asString();
        assertThat(feed).contains("xmlns:g=\"http://base.google.com/ns/1.0\"").contains("Bottines en cuir")
                .contains("129.00 EUR").doesNotContain("Espadrilles");
        given().header("Authorization", "Bearer " + Api.tokenFor("viewer")).header("Accept-Encoding", "gzip")
                .get("/api/rest/v1/connectors/" + code + "/feed").then().statusCode(200)
                .header("Content-Encoding", "gzip");

        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", "119.00", "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + boots).then().statusCode(204);
        JsonPath delta = run(code, "delta", false);
        assertThat(delta.getMap("counts")).containsEntry("sent", 1).containsEntry("unchanged", 1);

        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + sandals).then()
                .statusCode(204);
        JsonPath after = run(code, "full", false);
        assertThat(after.getMap("counts")).containsEntry("selected", 2).containsEntry("removed", 1);
        assertThat(Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/feed").then().extract().asString())
                .contains("119.00 EUR").doesNotContain("Sandales");

        List<Map<String, Object>> runs = Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/runs").then()
                .statusCode(200).extract().jsonPath().getList("_embedded.items");
        assertThat(runs).hasSize(3);
    }

    @Test
    void thePublishGateKeepsThePreviousFeedWhenTooManyProductsAreInvalid() {
        String boots = shoe("Bottes de pluie", "39.00");
        String code = connector(List.of(boots), "0.2");
        assertThat(run(code, "full", false).getBoolean("result.published")).isTrue();
        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null, List.of())))))
                .patch("/api/rest/v1/products/" + boots).then().statusCode(204);
        JsonPath held = run(code, "full", false);
        assertThat(held.getBoolean("result.published")).isFalse();
        assertThat(held.getString("message")).startsWith("Not published").contains("previous feed stays");
        assertThat(Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/feed").then().extract().asString())
                .contains("Bottes de pluie").contains("39.00 EUR");

        JsonPath dry = run(code, "full", true);
        assertThat(dry.getBoolean("result.published")).isFalse();
        assertThat(dry.getString("message")).startsWith("Dry run");
    }

    @Test
    void aFirstRunHeldBackRecordsNoStateSoTheNextFullRunSendsEverything() {
        String boots = shoe("Bottes fourrées", null);
        String sandals = shoe("Sandales à lanières", "59.90");
        String code = connector(List.of(boots, sandals), "0.2");
        assertThat(run(code, "full", false).getBoolean("result.published")).isFalse();

        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", "89.00", "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + boots).then().statusCode(204);
        JsonPath second = run(code, "full", false);
        assertThat(second.getBoolean("result.published")).isTrue();
        assertThat(second.getMap("counts")).containsEntry("sent", 2).containsEntry("unchanged", 0);

        JsonPath third = run(code, "full", false);
        assertThat(third.getMap("counts")).containsEntry("sent", 0).containsEntry("unchanged", 2);
    }

    @Test
    void aScheduledConnectorRunsOnItsCronThroughQuartz() throws InterruptedException {
        String code = connector(List.of(shoe("Mules", "35.00")), "0.5", "schedule: \"*/2 * * * * ?\"");
        List<Map<String, Object>> runs = List.of();
        for (int i = 0; i < 100 && runs.isEmpty(); i++) {
            Thread.sleep(200);
            runs = Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/runs").then().statusCode(200)
                    .extract().jsonPath().getList("_embedded.items");
        }
        assertThat(runs).isNotEmpty();
        assertThat(runs.get(0).get("options").toString()).contains("trigger=schedule");
        Api.as("admin").delete("/api/rest/v1/connectors/" + code).then().statusCode(204);
    }

    @Test
    void theConsistencyReportFindsDriftPriceFirstAndAFullRunRepairsIt() {
        String boots = shoe("Bottines à lacets", "129.00");
        String clogs = shoe("Sabots en bois", "59.00");
        String code = connector(List.of(boots, clogs), "0.5");
        run(code, "full", false);
        JsonPath clean = consistency(code);
        assertThat(clean.getInt("consistent")).isEqualTo(2);
        assertThat(clean.getInt("stale_count") + clean.getInt("missing_count") + clean.getInt("unexpected_count"))
                .isZero();

        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", "109.00", "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + boots).then().statusCode(204);
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + clogs).then()
                .statusCode(204);
        JsonPath drift = consistency(code);
        assertThat(drift.getInt("stale_count")).isEqualTo(1);
        assertThat(drift.getString("stale[0].identifier")).isEqualTo(boots);
        assertThat(drift.getString("stale[0].fields[0].field")).isEqualTo("price");
        assertThat(drift.getString("stale[0].fields[0].channel")).isEqualTo("129.00 EUR");
        assertThat(drift.getString("stale[0].fields[0].catalog")).isEqualTo("109.00 EUR");
        assertThat(drift.getInt("unexpected_count")).isEqualTo(1);
        assertThat(drift.getString("unexpected[0].identifier")).isEqualTo(clogs);

        run(code, "full", false);
        JsonPath repaired = consistency(code);
        assertThat(repaired.getInt("stale_count") + repaired.getInt("missing_count")
                + repaired.getInt("unexpected_count")).isZero();
    }

    private static JsonPath consistency(String code) {
        return Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/consistency").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theFetchUrlNeedsTheConnectorsTokenAndTellsNothingWithoutIt() {
        given().get("/feeds/google-shopping?token=wrong").then().statusCode(404);
        given().get("/feeds/nope").then().statusCode(404);
    }

    private static String shoe(String name, String price) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("name", List.of(Products.value("fr_FR", null, name)));
        values.put("description", List.of(Products.value("fr_FR", "ecommerce", "<p>" + name + " — confort.</p>")));
        if (price != null) {
            values.put("price", List.of(Products.value(null, null, List.of(Map.of("amount", price,
                    "currency", "EUR")))));
        }
        return Products.create("shoes", values);
    }

    private static String connector(List<String> identifiers, String gate) {
        return connector(identifiers, gate, "");
    }

    private static String connector(List<String> identifiers, String gate, String schedule) {
        String code = Products.sku("feed").toLowerCase().replace('-', '_');
        String body = String.format(YAML, code, String.join(", ", identifiers), gate, schedule);
        Api.as("admin").contentType("application/yaml; charset=UTF-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/rest/v1/connectors/" + code)
                .then().statusCode(201);
        return code;
    }

    private static JsonPath run(String code, String mode, boolean dryRun) {
        String id = Api.as("manager").queryParam("mode", mode).queryParam("dry_run", dryRun)
                .post("/api/rest/v1/connectors/" + code + "/runs").then().statusCode(202).extract().path("id");
        return Jobs.awaitJob("/api/rest/v1/connectors/" + code + "/runs/" + id);
    }
}
