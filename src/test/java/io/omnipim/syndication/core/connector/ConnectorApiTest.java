package io.omnipim.syndication.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Connector definitions through {@code /api/rest/v1/connectors}: written as YAML, refused at line and field. */
@QuarkusTest
class ConnectorApiTest {

    private static final String YAML = """
            # Google feed of the test catalog (comments are kept)
            code: %s
            label: Google — boutique de test
            type: google-merchant
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            link_template: "https://boutique.example/p/{identifier}"
            selection:
              enabled: [{operator: "=", value: true}]
            fields:
              - {target: id, property: identifier}
              - {target: title, template: "{brand} {name}", transforms: [{truncate: 150}]}
              - {target: description, source: description, transforms: [strip_html]}
              - {target: link, property: url}
              - {target: image_link, constant: "https://boutique.example/media/placeholder.png"}
              - target: availability
                source: stock_quantity
                transforms: [{stock_to_availability: 2}]
              - {target: price, source: price, transforms: [price_format]}
              - {target: %s, source: %s, transforms: [option_label]}
            delivery:
              format: xml
              fetch_token: %s
            """;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    private static String yaml(String code, String colorSource, String token) {
        return String.format(YAML, code, "color", colorSource, token);
    }

    private static String put(String code, String body, int status) {
        return Api.as("manager").contentType("application/yaml; charset=UTF-8").body(utf8(body))
                .put("/api/rest/v1/connectors/" + code).then().statusCode(status).extract().asString();
    }

    /** Rest Assured sends bytes as they are (it has no encoder for YAML text). */
    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aManagerWritesYamlAndEveryoneReadsItBackWithItsComments() {
        String code = "google-test-" + System.nanoTime() % 100000;
        String body = yaml(code, "color", "${GOOGLE_TEST_TOKEN}");
        JsonPath created = JsonPath.from(put(code, body, 201));
        assertThat(created.getBoolean("usable")).isTrue();
        assertThat(created.getString("origin")).isEqualTo("api");
        assertThat(created.getString("channel")).isEqualTo("ecommerce");
        assertThat(created.getList("problems")).isEmpty();
        String source = Api.as("viewer").accept("application/yaml").get("/api/rest/v1/connectors/" + code).then()
                .statusCode(200).extract().asString();
        assertThat(source).isEqualTo(body);
        JsonPath updated = JsonPath.from(put(code, body.replace("boutique de test", "boutique"), 200));
        assertThat(updated.getLong("version")).isEqualTo(2);
        Api.as("viewer").get("/api/rest/v1/connectors").then().statusCode(200)
                .body("_embedded.items.code", hasItems(code, "google-shopping", "meta-catalog", "idealo"));
        Api.as("editor").contentType("application/yaml; charset=UTF-8").body(utf8(body))
                .put("/api/rest/v1/connectors/" + code).then()
                .statusCode(403);
        Api.as("manager").delete("/api/rest/v1/connectors/" + code).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/connectors/" + code).then().statusCode(404)
                .body("message", equalTo("Connector \"" + code + "\" does not exist."));
    }

    @Test
    void aMisspeltAttributeIsRefusedWithItsLineAndField() {
        String code = "google-bad-" + System.nanoTime() % 100000;
        JsonPath error = JsonPath.from(put(code, yaml(code, "colour", "${T}"), 422));
        assertThat(error.getString("errors[0].property")).isEqualTo("fields[7].source");
        assertThat(error.getString("errors[0].message")).isEqualTo("request body, line 21, fields[7].source:"
                + " unknown attribute \"colour\"; did you mean \"color\"?");
        Api.as("viewer").get("/api/rest/v1/connectors/" + code).then().statusCode(404);
    }

    @Test
    void aSecretInTheBodyAndAnUnknownSelectionPropertyAreRefused() {
        String code = "google-secret-" + System.nanoTime() % 100000;
        put(code, yaml(code, "color", "plain-secret"), 422);
        String badSelection = yaml(code, "color", "${T}").replace("enabled: [", "enabeld: [");
        JsonPath error = JsonPath.from(put(code, badSelection, 422));
        assertThat(error.getString("errors[0].property")).isEqualTo("selection");
        assertThat(error.getString("errors[0].message")).startsWith("request body, line 9, selection:")
                .contains("enabeld");
    }

    @Test
    void thePreviewShowsTheMappedFieldsAndWhatKeepsAProductOut() {
        String code = "google-preview-" + System.nanoTime() % 100000;
        put(code, yaml(code, "color", "${T}"), 201);
        String complete = Products.create("clothing", Map.of(
                "name", List.of(Products.value("fr_FR", null, "Chaussettes de randonnée en laine")),
                "description", List.of(Products.value("fr_FR", "ecommerce",
                        "<p>Laine <strong>mérinos</strong> &amp; nylon.</p><ul><li>Talon renforcé</li></ul>")),
                "brand", List.of(Products.value(null, null, "alpenglueck")),
                "color", List.of(Products.value(null, null, "red")),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "19.9", "currency", "EUR")))),
                "stock_quantity", List.of(Products.value(null, null, 12))));
        Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/preview/" + complete).then().statusCode(200)
                .body("selected", equalTo(true)).body("valid", equalTo(true))
                .body("fields.title", equalTo("Alpenglück Chaussettes de randonnée en laine"))
                .body("fields.description", equalTo("Laine mérinos & nylon.\n- Talon renforcé"))
                .body("fields.price", equalTo("19.90 EUR")).body("fields.availability", equalTo("in_stock"))
                .body("fields.color", equalTo("Rouge"))
                .body("fields.link", equalTo("https://boutique.example/p/" + complete));
        String bare = Products.create("clothing",
                Map.of("name", List.of(Products.value("fr_FR", null, "Bonnet"))));
        Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/preview/" + bare).then().statusCode(200)
                .body("valid", equalTo(false)).body("issues.field", hasItems("description", "price"))
                .body("issues.message", hasItems("price is required but empty (from attribute \"price\")"));
        Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/preview/NO-SUCH-SKU").then().statusCode(404);
    }

    @Test
    void reloadReadsTheConnectorsFolderAndKeepsWhatDidNotChange() {
        Api.as("editor").post("/api/rest/v1/connectors/reload").then().statusCode(403);
        Api.as("manager").post("/api/rest/v1/connectors/reload").then().statusCode(200)
                .body("files.file", hasItems("connectors/google-shopping.yaml", "connectors/idealo.yaml",
                        "connectors/meta-catalog.yaml"))
                .body("files.find { it.code == 'google-shopping' }.outcome", equalTo("unchanged"));
        Api.as("viewer").get("/api/rest/v1/connectors/google-shopping").then().statusCode(200)
                .body("origin", equalTo("file:connectors/google-shopping.yaml"))
                .body("definition.fields[0].target", equalTo("id"))
                .body("schedule", containsString("0 0 4"));
    }
}
