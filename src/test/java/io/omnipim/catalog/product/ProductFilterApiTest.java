package io.omnipim.catalog.product;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Akeneo's search filters against the real database. */
@QuarkusTest
class ProductFilterApiTest {

    static String boots;
    static String jacket;
    static String phone;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
        if (boots != null) {
            return;
        }
        boots = Products.create("shoes", Map.of("name", List.of(Products.value("fr_FR", null,
                "Chaussures de randonnée imperméables"), Products.value("en_US", null, "Waterproof hiking boots")),
                "waterproof", List.of(Products.value(null, null, true)),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "129.00", "currency", "EUR"))))));
        jacket = Products.create("clothing", Map.of("name", List.of(Products.value("en_US", null, "Rain jacket")),
                "weight", List.of(Products.value(null, null, Map.of("amount", "800", "unit", "GRAM")))));
        Api.as("editor").body(Map.of("categories", List.of("clothing_women"))).patch("/api/rest/v1/products/" + jacket)
                .then().statusCode(204);
        phone = Products.create("electronics", Map.of("name", List.of(Products.value("en_US", null,
                "Smartphone Élan X")), "release_date", List.of(Products.value(null, null, "2024-09-15"))));
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + phone).then().statusCode(204);
    }

    /**
     * The products of this test that match {@code search}: other test classes share the catalog, so the search is
     * narrowed to this class's three products.
     */
    private static List<String> identifiers(String search) {
        return identifiers(search, boots, jacket, phone);
    }

    private static List<String> identifiers(String search, String... only) {
        String mine = "\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + String.join("\",\"", only) + "\"]}]";
        String narrowed = search.equals("{}") ? "{" + mine + "}" : "{" + mine + "," + search.substring(1);
        JsonPath body = Api.as("viewer").queryParam("search", narrowed).queryParam("limit", 100)
                .get("/api/rest/v1/products").then().statusCode(200).extract().jsonPath();
        return body.getList("_embedded.items.identifier");
    }

    @Test
    void familyAndEnabled() {
        List<String> shoes = identifiers("{\"family\":[{\"operator\":\"IN\",\"value\":[\"shoes\"]}]}");
        Assertions.assertTrue(shoes.contains(boots));
        Assertions.assertFalse(shoes.contains(jacket));
        List<String> disabled = identifiers("{\"enabled\":[{\"operator\":\"=\",\"value\":false}]}");
        Assertions.assertTrue(disabled.contains(phone));
        Assertions.assertFalse(disabled.contains(boots));
    }

    @Test
    void categoriesInChildren() {
        List<String> clothing = identifiers(
                "{\"categories\":[{\"operator\":\"IN CHILDREN\",\"value\":[\"clothing\"]}]}");
        Assertions.assertTrue(clothing.contains(jacket));
        Assertions.assertFalse(clothing.contains(boots));
    }

    @Test
    void textContainsIsCaseInsensitiveWithLocale() {
        List<String> found = identifiers("{\"name\":[{\"operator\":\"CONTAINS\",\"value\":\"RANDONNÉE\","
                + "\"locale\":\"fr_FR\"}]}");
        Assertions.assertEquals(List.of(boots), found);
    }

    @Test
    void metricComparesInTheStandardUnit() {
        List<String> light = identifiers("{\"weight\":[{\"operator\":\"<\",\"value\":{\"amount\":1,"
                + "\"unit\":\"KILOGRAM\"}}]}");
        Assertions.assertTrue(light.contains(jacket));
    }

    /**
     * Completeness on the ecommerce channel (en_US, fr_FR, de_DE; EUR and USD), the identifier always required: the
     * boots (sku, name, price) lack USD and German, 66 / 66 / 33; the jacket (sku, name, description, price) 50 / 25
     * / 25; the phone (and ean) 40 / 20 / 20; the sneakers 100 everywhere.
     */
    @Test
    void completenessComparesTheRatiosOfTheChannelLocales() {
        String sneakers = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Sneakers"),
                Products.value("fr_FR", null, "Baskets"), Products.value("de_DE", null, "Turnschuhe")),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "89.90", "currency", "EUR"),
                        Map.of("amount", "99.00", "currency", "USD"))))));
        String[] mine = {boots, jacket, phone, sneakers};
        Assertions.assertEquals(List.of(sneakers), identifiers(
                "{\"completeness\":[{\"operator\":\"=\",\"value\":100,\"scope\":\"ecommerce\"}]}", mine));
        Assertions.assertEquals(Set.of(boots, jacket, sneakers), Set.copyOf(identifiers("{\"completeness\":[{"
                + "\"operator\":\">\",\"value\":45,\"scope\":\"ecommerce\",\"locales\":[\"en_US\"]}]}", mine)));
        Assertions.assertEquals(Set.of(boots, sneakers), Set.copyOf(identifiers("{\"completeness\":[{\"operator\":"
                + "\"GREATER OR EQUALS THAN ON ALL LOCALES\",\"value\":50,\"scope\":\"ecommerce\","
                + "\"locales\":[\"en_US\",\"fr_FR\"]}]}", mine)));
        Assertions.assertEquals(Set.of(boots, jacket, phone), Set.copyOf(identifiers("{\"completeness\":[{"
                + "\"operator\":\"!=\",\"value\":100,\"scope\":\"ecommerce\"}]}", mine)));
        // mobile (fr_FR, de_DE): only clothing requires more than the identifier there (name, price)
        Assertions.assertEquals(List.of(jacket), identifiers("{\"completeness\":[{\"operator\":\"<\",\"value\":"
                + "100,\"scope\":\"mobile\",\"locales\":[\"fr_FR\"]}]}", mine));
    }

    @Test
    void readYourWrites() {
        String fresh = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null,
                "Trail runner"))));
        List<String> found = identifiers("{\"name\":[{\"operator\":\"=\",\"value\":\"trail runner\","
                + "\"locale\":\"en_US\"}]}", fresh, boots);
        Assertions.assertEquals(List.of(fresh), found);
    }

    @Test
    void searchAfterWalksEveryProductOnce() {
        Set<String> seen = new HashSet<>();
        String url = "/api/rest/v1/products?pagination_type=search_after&limit=3";
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 200 && url != null; i++) {
            JsonPath page = Api.as("viewer").get(url.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                    .extract().jsonPath();
            List<String> ids = page.getList("_embedded.items.uuid");
            all.addAll(ids);
            ids.forEach(id -> Assertions.assertTrue(seen.add(id), "seen twice: " + id));
            url = page.getString("_links.next.href");
        }
        Assertions.assertTrue(all.size() >= 4);
    }

    @Test
    void halShapeWithCount() {
        Api.as("viewer").queryParam("with_count", true).queryParam("limit", 2).get("/api/rest/v1/products")
                .then().statusCode(200).body("current_page", equalTo(1))
                .body("_links.self.href", org.hamcrest.Matchers.containsString("page=1"))
                .body("items_count", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("_links.next.href", org.hamcrest.Matchers.containsString("page=2"));
    }

    @Test
    void badSearchIsRefusedNamingTheProblem() {
        Api.as("viewer").queryParam("search", "{not json").get("/api/rest/v1/products").then().statusCode(400);
        Api.as("viewer").queryParam("search", "{\"colour\":[{\"operator\":\"IN\",\"value\":[\"red\"]}]}")
                .get("/api/rest/v1/products").then().statusCode(422).body("errors.property", hasItem("colour"));
        Api.as("viewer").queryParam("limit", 101).get("/api/rest/v1/products").then().statusCode(422);
    }

    @Test
    void outputShapingKeepsOnlyAskedLocalesAndAttributes() {
        Api.as("viewer").queryParam("locales", "fr_FR").queryParam("attributes", "name")
                .get("/api/rest/v1/products/" + boots).then().statusCode(200)
                .body("values.name.locale", not(hasItem("en_US"))).body("values.price", equalTo(null));
    }
}
