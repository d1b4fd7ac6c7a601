package io.omnipim.syndication.appfeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import io.restassured.response.Response;

/** The mobile app's feed: a paginated snapshot, then only the changes (with tombstones), and 304 on a known page. */
@QuarkusTest
class AppFeedTest {

    private static final String YAML = """
            code: %s
            label: Application mobile — test
            type: app-feed
            channel: mobile
            locale: fr_FR
            currency: EUR
            selection:
              enabled: [{operator: "=", value: true}]
              identifier: [{operator: IN, value: [%s]}]
            fields:
              - {target: sku, property: identifier}
              - {target: name, source: name}
              - {target: price, source: price, transforms: [price_format]}
            """;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void theAppReadsASnapshotThenOnlyTheChangesAndTombstones() {
        String boots = shoe("Bottines en cuir", "129.00");
        String sandals = shoe("Sandales d'été", "49.90");
        String mules = shoe("Pantoffeln", "25.00");
        String code = Products.sku("app").toLowerCase().replace('-', '_');
        String body = String.format(YAML, code, String.join(", ", boots, sandals, mules));
        Api.as("admin").contentType("application/yaml; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .put("/api/rest/v1/connectors/" + code).then().statusCode(201);
        JsonPath run = run(code, "full");
        assertThat(run.getString("status")).isEqualTo("done");
        assertThat(run.getMap("counts")).containsEntry("sent", 3);

        String items = "/api/rest/v1/connectors/" + code + "/items";
        Response first = Api.as("viewer").queryParam("limit", 2).get(items).then().statusCode(200).extract()
                .response();
        JsonPath page1 = first.jsonPath();
        assertThat(page1.getList("items")).hasSize(2);
        assertThat(page1.getBoolean("has_more")).isTrue();
        Response second = Api.as("viewer").queryParam("limit", 2).queryParam("cursor", page1.getString("next_cursor"))
                .get(items).then().statusCode(200).extract().response();
        assertThat(second.jsonPath().getList("items")).hasSize(1);
        assertThat(second.jsonPath().getString("next_cursor")).isNull();
        List<String> all = new java.util.ArrayList<>(page1.getList("items.id", String.class));
        all.addAll(second.jsonPath().getList("items.id", String.class));
        assertThat(all).containsExactlyInAnyOrder(boots, sandals, mules);
        assertThat(page1.getString("items.find { it.id == '" + boots + "' }.payload.price") + second.jsonPath()
                .getString("items.find { it.id == '" + boots + "' }.payload.price")).contains("129.00 EUR");

        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        given().header("Authorization", "Bearer " + Api.tokenFor("viewer")).header("If-None-Match", etag)
                .queryParam("limit", 2).get(items).then().statusCode(304);

        long since = page1.getLong("since");
        assertThat(Api.as("viewer").queryParam("since", since).get(items).then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();

        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", "99.00", "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + boots).then().statusCode(204);
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + sandals).then()
                .statusCode(204);
        JsonPath delta = run(code, "delta");
        assertThat(delta.getMap("counts")).containsEntry("sent", 1).containsEntry("removed", 1);

        JsonPath changes = Api.as("viewer").queryParam("since", since).get(items).then().statusCode(200).extract()
                .jsonPath();
        assertThat(changes.getList("items.id", String.class)).containsExactlyInAnyOrder(boots, sandals);
        assertThat(changes.getString("items.find { it.id == '" + boots + "' }.action")).isEqualTo("upsert");
        assertThat(changes.getString("items.find { it.id == '" + boots + "' }.payload.price")).isEqualTo("99.00 EUR");
        assertThat(changes.getString("items.find { it.id == '" + sandals + "' }.action")).isEqualTo("delete");
        assertThat(changes.getLong("since")).isGreaterThan(since);
        assertThat(Api.as("viewer").queryParam("since", changes.getLong("since")).get(items).then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
    }

    private static String shoe(String name, String price) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", List.of(Products.value("fr_FR", null, name)));
        values.put("price", List.of(Products.value(null, null, List.of(Map.of("amount", price, "currency", "EUR")))));
        return Products.create("shoes", values);
    }

    private static JsonPath run(String code, String mode) {
        String id = Api.as("manager").queryParam("mode", mode).post("/api/rest/v1/connectors/" + code + "/runs")
                .then().statusCode(202).extract().path("id");
        return Jobs.awaitJob("/api/rest/v1/connectors/" + code + "/runs/" + id);
    }
}
