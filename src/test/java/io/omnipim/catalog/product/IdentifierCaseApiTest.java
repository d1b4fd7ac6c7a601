package io.omnipim.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
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

/** As in Akeneo, {@code SKU-ABC} and {@code sku-abc} name one product; its identifier keeps its first case. */
@QuarkusTest
class IdentifierCaseApiTest {

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    private static String createMixedCase(String prefix) {
        String sku = Products.sku(prefix);
        Api.as("editor").body(Map.of("identifier", sku, "family", "shoes", "values", Map.of("name",
                List.of(Products.value("de_DE", null, "Wanderschuh Größe 42")))))
                .post("/api/rest/v1/products").then().statusCode(201);
        return sku;
    }

    @Test
    void anotherCaseFindsAndUpdatesTheSameProduct() {
        String sku = createMixedCase("Wanderschuh-ÉTÉ");
        Api.as("viewer").get("/api/rest/v1/products/" + sku.toLowerCase()).then().statusCode(200)
                .body("identifier", equalTo(sku));
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("fr_FR", null,
                "Chaussure de randonnée"))))).patch("/api/rest/v1/products/" + sku.toUpperCase()).then()
                .statusCode(204);
        Api.as("editor").body(Map.of("identifier", sku.toLowerCase(), "enabled", false))
                .patch("/api/rest/v1/products/" + sku.toLowerCase()).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200).body("identifier", equalTo(sku))
                .body("enabled", equalTo(false))
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("Chaussure de randonnée"))
                .body("values.name.find { it.locale == 'de_DE' }.data", equalTo("Wanderschuh Größe 42"));
    }

    @Test
    void creatingItAgainInAnotherCaseIsRefusedAsTaken() {
        String sku = createMixedCase("Trail-Runner-XL");
        Api.as("editor").body(Map.of("identifier", sku.toLowerCase(), "family", "shoes"))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].property", equalTo("identifier"))
                .body("errors[0].message", containsString("already set on another product"));
        String other = Products.create("shoes", Map.of());
        // renaming another product to it, in any case, is refused as well
        Api.as("editor").body(Map.of("values", Map.of("sku", List.of(Products.value(null, null, sku.toUpperCase())))))
                .patch("/api/rest/v1/products/" + other).then().statusCode(422)
                .body("errors[0].property", equalTo("identifier"))
                .body("errors[0].message", containsString("already set on another product"));
    }

    @Test
    void aCollectionPatchInAnotherCaseUpdatesTheProduct() {
        String sku = createMixedCase("Trail-Runner-XL");
        String body = "{\"identifier\":\"" + sku.toLowerCase() + "\",\"enabled\":false}\n"
                + "{\"identifier\":\"" + sku.toUpperCase() + "\",\"categories\":[\"shoes\"]}";
        String response = Api.as("editor").contentType("application/vnd.akeneo.collection+json").body(body)
                .patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        assertThat(response.lines().toList()).hasSize(2).allMatch(l -> l.contains("\"status_code\":204"));
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().body("identifier", equalTo(sku))
                .body("enabled", equalTo(false)).body("categories", equalTo(List.of("shoes")));
        String search = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + sku + "\"]}]}";
        Api.as("viewer").queryParam("search", search).queryParam("with_count", true).get("/api/rest/v1/products")
                .then().body("items_count", equalTo(1));
    }

    @Test
    void productModelCodesMatchInAnyCaseAndKeepTheirOwn() {
        String root = Products.sku("Robe_LIN").replace('-', '_');
        Api.as("editor").body(Map.of("code", root, "family_variant", "clothing_color_size", "values", Map.of(
                "name", List.of(Products.value("fr_FR", null, "Robe en lin"), Products.value("de_DE", null,
                        "Leinenkleid")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        Api.as("viewer").get("/api/rest/v1/product-models/" + root.toLowerCase()).then().statusCode(200)
                .body("code", equalTo(root));
        Api.as("editor").body(Map.of("code", root.toUpperCase(), "family_variant", "clothing_color_size"))
                .post("/api/rest/v1/product-models").then().statusCode(422)
                .body("errors[0].property", equalTo("code"));
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null, "Linen dress")))))
                .patch("/api/rest/v1/product-models/" + root.toUpperCase()).then().statusCode(204);
        String blue = root + "_blue";
        Api.as("editor").body(Map.of("code", blue, "parent", root.toLowerCase(), "values", Map.of(
                "color", List.of(Products.value(null, null, "blue")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        String sku = Products.sku("robe-lin-bleu-m");
        Api.as("editor").body(Map.of("identifier", sku, "parent", blue.toUpperCase(), "values", Map.of(
                "size", List.of(Products.value(null, null, "m"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        Api.as("viewer").get("/api/rest/v1/product-models/" + blue).then().body("parent", equalTo(root));
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().body("parent", equalTo(blue))
                .body("values.name.find { it.locale == 'en_US' }.data", equalTo("Linen dress"));
    }

    @Test
    void anAssociationNamesTheProductAsStored() {
        Api.as("manager").body(Map.of("labels", Map.of("en_US", "Cross-sell")))
                .patch("/api/rest/v1/association-types/X_SELL").then().extract().statusCode();
        String sku = createMixedCase("Trail-Runner-XL");
        String socks = Products.create("clothing", Map.of());
        Api.as("editor").body(Map.of("associations", Map.of("X_SELL", Map.of("products",
                List.of(sku.toLowerCase()))))).patch("/api/rest/v1/products/" + socks).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + socks).then()
                .body("associations.X_SELL.products", equalTo(List.of(sku)));
    }
}
