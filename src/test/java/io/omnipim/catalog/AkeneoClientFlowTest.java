package io.omnipim.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The journey of an integration written against Akeneo's public API documentation, step by step, with the
 * requests such a client sends: token, structure, product model, variants, media file, search, collection PATCH.
 */
@QuarkusTest
class AkeneoClientFlowTest {

    @Test
    void anAkeneoClientWorksUnchanged() {
        String token = given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET)
                .contentType(ContentType.JSON)
                .body("{\"grant_type\":\"password\",\"username\":\"admin\",\"password\":\"" + Api.ADMIN_PASSWORD
                        + "\"}")
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
        String n = Long.toString(System.nanoTime() % 100000);
        var client = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);

        patch(token, "/api/rest/v1/channels/ecommerce", Map.of("locales", List.of("en_US", "fr_FR", "de_DE"),
                "currencies", List.of("EUR", "USD")));
        post(token, "/api/rest/v1/attribute-groups", Map.of("code", "flow_" + n, "labels", Map.of("en_US", "Flow")));
        post(token, "/api/rest/v1/attributes", Map.of("code", "flow_name_" + n, "type", "pim_catalog_text",
                "group", "flow_" + n, "localizable", true, "labels", Map.of("fr_FR", "Désignation")));
        post(token, "/api/rest/v1/attributes", Map.of("code", "flow_size_" + n, "type", "pim_catalog_simpleselect",
                "group", "flow_" + n));
        post(token, "/api/rest/v1/attributes", Map.of("code", "flow_photo_" + n, "type", "pim_catalog_image",
                "group", "flow_" + n, "allowed_extensions", List.of("png")));
        for (String size : List.of("s", "m", "l")) {
            post(token, "/api/rest/v1/attributes/flow_size_" + n + "/options", Map.of("code", size,
                    "labels", Map.of("fr_FR", size.toUpperCase(), "de_DE", size.toUpperCase())));
        }
        post(token, "/api/rest/v1/families", Map.of("code", "flow_family_" + n, "attribute_as_label",
                "flow_name_" + n, "attributes", List.of("flow_name_" + n, "flow_size_" + n, "flow_photo_" + n),
                "attribute_requirements", Map.of("ecommerce", List.of("flow_name_" + n))));
        post(token, "/api/rest/v1/families/flow_family_" + n + "/variants", Map.of("code", "flow_by_size_" + n,
                "variant_attribute_sets", List.of(Map.of("level", 1, "axes", List.of("flow_size_" + n),
                        "attributes", List.of("flow_photo_" + n)))));
        post(token, "/api/rest/v1/product-models", Map.of("code", "flow_model_" + n, "family_variant",
                "flow_by_size_" + n, "values", Map.of("flow_name_" + n, List.of(
                        Products.value("fr_FR", null, "Pull d'hiver"),
                        Products.value("de_DE", null, "Winterpullover")))));
        String collection = List.of("s", "m", "l").stream().map(size -> "{\"identifier\":\"flow-" + n + "-" + size
                + "\",\"parent\":\"flow_model_" + n + "\",\"values\":{\"flow_size_" + n + "\":[{\"locale\":null,"
                + "\"scope\":null,\"data\":\"" + size + "\"}]}}").reduce("", (a, b) -> a + b + "\n");
        String answer = given().header("Authorization", "Bearer " + token)
                .contentType("application/vnd.akeneo.collection+json").body(collection)
                .patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        Assertions.assertEquals(3, answer.lines().filter(l -> l.contains("\"status_code\":201")).count(), answer);

        given().header("Authorization", "Bearer " + token)
                .multiPart("file", "pull.png", MediaPng.BYTES, "image/png")
                .multiPart("product", "{\"identifier\":\"flow-" + n + "-m\",\"attribute\":\"flow_photo_" + n
                        + "\",\"scope\":null,\"locale\":null}")
                .post("/api/rest/v1/media-files").then().statusCode(201);

        client.queryParam("search", "{\"parent\":[{\"operator\":\"=\",\"value\":\"flow_model_" + n + "\"}],"
                + "\"flow_name_" + n + "\":[{\"operator\":\"CONTAINS\",\"value\":\"hiver\",\"locale\":\"fr_FR\"}]}")
                .queryParam("with_completenesses", true)
                .get("/api/rest/v1/products").then().statusCode(200)
                .body("_embedded.items.identifier",
                        hasItems("flow-" + n + "-s", "flow-" + n + "-m", "flow-" + n + "-l"))
                .body("_embedded.items.find { it.identifier == 'flow-" + n + "-m' }.values.flow_photo_" + n
                        + "[0].data", org.hamcrest.Matchers.endsWith("pull.png"))
                .body("_embedded.items[0].completenesses.find { it.scope == 'ecommerce' && it.locale == 'fr_FR' }"
                        + ".data", equalTo(100));
    }

    private static void post(String token, String path, Map<String, ?> body) {
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201);
    }

    private static void patch(String token, String path, Map<String, ?> body) {
        int status = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .patch(path).then().extract().statusCode();
        Assertions.assertTrue(status == 201 || status == 204, path + " " + status);
    }

    /** A 1×1 PNG. */
    static final class MediaPng {

        static final byte[] BYTES = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
