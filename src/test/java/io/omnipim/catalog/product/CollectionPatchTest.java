package io.omnipim.catalog.product;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CollectionPatchTest {

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    @Test
    void everyLineIsAnsweredAndBadLinesDoNotStopTheOthers() {
        String a = Products.sku("cp");
        String b = Products.sku("cp");
        String body = "{\"identifier\":\"" + a + "\",\"family\":\"shoes\",\"values\":{\"name\":[{\"locale\":\"de_DE\","
                + "\"scope\":null,\"data\":\"Wanderschuh Größe 42\"}]}}\n"
                + "{\"identifier\":\"" + b + "\",\"family\":\"no_such_family\"}\n"
                + "{broken\n"
                + "{\"family\":\"shoes\"}\n"
                + "{\"identifier\":\"" + a + "\",\"enabled\":false}\n";
        String response = Api.as("editor").contentType("application/vnd.akeneo.collection+json").body(body)
                .patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        List<String> lines = response.lines().toList();
        Assertions.assertEquals(5, lines.size(), response);
        Assertions.assertTrue(lines.get(0).contains("\"line\":1") && lines.get(0).contains("\"status_code\":201"),
                response);
        Assertions.assertTrue(lines.get(1).contains("\"status_code\":422") && lines.get(1).contains("family"),
                response);
        Assertions.assertTrue(lines.get(2).contains("\"status_code\":400"), response);
        Assertions.assertTrue(lines.get(3).contains("\"status_code\":422"), response);
        Assertions.assertTrue(lines.get(4).contains("\"status_code\":204"), response);
        Api.as("viewer").get("/api/rest/v1/products/" + a).then().statusCode(200).body("enabled", equalTo(false));
        Api.as("viewer").get("/api/rest/v1/products/" + b).then().statusCode(404);
    }

    @Test
    void aLineWhoseIdentifierValueNamesAnotherProductIsRefusedAloneWithoutTouchingIt() {
        String existing = Products.create("clothing", Map.of());
        String copy = Products.sku("copy");
        String next = Products.sku("cp");
        String body = "{\"identifier\":\"" + copy + "\",\"family\":\"clothing\",\"values\":{\"sku\":[{\"locale\":null,"
                + "\"scope\":null,\"data\":\"" + existing + "\"}]}}\n"
                + "{\"identifier\":\"" + next + "\",\"family\":\"clothing\"}\n";
        String response = Api.as("editor").contentType("application/vnd.akeneo.collection+json").body(body)
                .patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        List<String> lines = response.lines().toList();
        Assertions.assertEquals(2, lines.size(), response);
        Assertions.assertTrue(lines.get(0).contains("\"status_code\":422") && lines.get(0).contains("differs from"
                + " the identifier"), response);
        Assertions.assertTrue(lines.get(1).contains("\"status_code\":201"), response);
        Api.as("viewer").get("/api/rest/v1/products/" + copy).then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/products/" + existing).then().statusCode(200).body("identifier",
                equalTo(existing));
    }

    @Test
    void aThousandLinesInOneRequest() {
        StringBuilder body = new StringBuilder();
        String prefix = Products.sku("bulk");
        for (int i = 0; i < 1000; i++) {
            body.append("{\"identifier\":\"").append(prefix).append('-').append(i)
                    .append("\",\"family\":\"clothing\",\"values\":{\"price\":[{\"locale\":null,\"scope\":null,")
                    .append("\"data\":[{\"amount\":\"").append(10 + i % 50)
                    .append(".99\",\"currency\":\"EUR\"}]}]}}\n");
        }
        String response = Api.as("editor").contentType("application/vnd.akeneo.collection+json").body(body.toString())
                .patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        Assertions.assertEquals(1000, response.lines().filter(l -> l.contains("\"status_code\":201")).count());
        Api.as("viewer").get("/api/rest/v1/products/" + prefix + "-999").then().statusCode(200)
                .body("values.price[0].data[0].amount", equalTo("59.99"));
    }

    @Test
    void concurrentPatchesOfDifferentFieldsBothSurvive() {
        String sku = Products.create("clothing", Map.of());
        for (int round = 0; round < 5; round++) {
            String name = "Nom " + round;
            String price = (20 + round) + ".00";
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> Api.as("editor")
                    .body(Map.of("values", Map.of("name", List.of(Products.value("fr_FR", null, name)))))
                    .patch("/api/rest/v1/products/" + sku).statusCode());
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> Api.as("editor")
                    .body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                            List.of(Map.of("amount", price, "currency", "EUR")))))))
                    .patch("/api/rest/v1/products/" + sku).statusCode());
            Assertions.assertEquals(204, one.join());
            Assertions.assertEquals(204, two.join());
            Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                    .body("values.name[0].data", equalTo(name)).body("values.price[0].data[0].amount", equalTo(price));
        }
    }

    @Test
    void concurrentCreatesOfOneIdentifierMakeOneProduct() {
        String sku = Products.sku("race");
        List<CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> Api.as("editor").body(Map.of("family", "shoes"))
                    .patch("/api/rest/v1/products/" + sku).statusCode()));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        Assertions.assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 204), statuses.toString());
    }
}
