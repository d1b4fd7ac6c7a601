package io.omnipim.catalog.product;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The list's {@code scope} and {@code locales} parameters narrow what each product shows, as in Akeneo. */
@QuarkusTest
class ProductOutputApiTest {

    static String sku;
    static String outletSummer;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
        if (sku != null) {
            return;
        }
        // a second category tree, which the mobile channel (tree "master") does not show
        String outlet = "outlet_" + System.nanoTime() % 1_000_000;
        outletSummer = outlet + "_ete";
        Map<String, Object> root = new HashMap<>();
        root.put("parent", null);
        root.put("labels", CatalogFixtures.labels("Outlet", "Déstockage", "Restposten"));
        Api.as("manager").body(root).patch("/api/rest/v1/categories/" + outlet).then().statusCode(201);
        Api.as("manager").body(Map.of("parent", outlet, "labels",
                CatalogFixtures.labels("Summer", "Été", "Sommer"))).patch("/api/rest/v1/categories/" + outletSummer)
                .then().statusCode(201);
        sku = Products.sku("out");
        Api.as("editor").body(Map.of("identifier", sku, "family", "clothing", "categories",
                List.of("clothing_women", outletSummer), "values", Map.of(
                        "name", List.of(Products.value("en_US", null, "Linen dress"),
                                Products.value("fr_FR", null, "Robe en lin"),
                                Products.value("de_DE", null, "Leinenkleid")),
                        "description", List.of(Products.value("fr_FR", "ecommerce", "<p>Robe d'été légère, 59 €</p>"),
                                Products.value("fr_FR", "mobile", "Robe légère")),
                        "weight", List.of(Products.value(null, null, Map.of("amount", "0.35", "unit", "KILOGRAM"))))))
                .post("/api/rest/v1/products").then().statusCode(201);
    }

    private static ValidatableResponse list(Map<String, String> params) {
        String search = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + sku + "\"]}]}";
        return Api.as("viewer").queryParam("search", search).queryParams(params).get("/api/rest/v1/products")
                .then();
    }

    @Test
    void withoutScopeEveryCategoryAndValueShows() {
        list(Map.of()).statusCode(200)
                .body("_embedded.items[0].categories", equalTo(List.of("clothing_women", outletSummer)))
                .body("_embedded.items[0].values.description.size()", equalTo(2));
    }

    @Test
    void aScopeKeepsItsValuesAndTheCategoriesOfItsTree() {
        list(Map.of("scope", "mobile")).statusCode(200)
                .body("_embedded.items[0].categories", equalTo(List.of("clothing_women")))
                .body("_embedded.items[0].values.description.scope", equalTo(List.of("mobile")))
                .body("_embedded.items[0].values.description[0].data", equalTo("Robe légère"))
                .body("_embedded.items[0].values.weight[0].data.amount", equalTo("0.35"))
                .body("_embedded.items[0].values.name.size()", equalTo(3));
    }

    @Test
    void localesKeepThoseLocalesAndTheValuesWithoutLocale() {
        list(Map.of("scope", "mobile", "locales", "de_DE")).statusCode(200)
                .body("_embedded.items[0].values.name.locale", equalTo(List.of("de_DE")))
                .body("_embedded.items[0].values.name[0].data", equalTo("Leinenkleid"))
                .body("_embedded.items[0].values.containsKey('description')", equalTo(false))
                .body("_embedded.items[0].values.weight.size()", equalTo(1));
    }

    @Test
    void anUnknownScopeOrLocaleIsRefusedByName() {
        list(Map.of("scope", "boutique_paris")).statusCode(422)
                .body("message", containsString("Scope \"boutique_paris\" does not exist"));
        list(Map.of("locales", "ja_JP")).statusCode(422).body("message", containsString("ja_JP"));
        list(Map.of("scope", "mobile", "locales", "en_US")).statusCode(422)
                .body("message", containsString("not activated for the scope \"mobile\""));
    }
}
