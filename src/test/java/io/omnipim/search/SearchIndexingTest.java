package io.omnipim.search;

import static io.omnipim.search.SearchProbe.await;
import static io.omnipim.search.SearchProbe.identifiers;
import static io.omnipim.search.SearchProbe.only;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Products written through the API are found, or not, as they change; on the real Elasticsearch. */
@QuarkusTest
class SearchIndexingTest {

    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    private static Map<String, Object> name(String fr, String en) {
        return Map.of("name", List.of(Products.value("fr_FR", null, fr), Products.value("en_US", null, en)));
    }

    @Test
    void wordsAndWordPrefixesAreFoundWhateverTheCaseAndAccents() {
        String boots = Products.create("shoes", name("Chaussures de randonnée", "Elegant hiking boots"));
        String coffee = Products.create("electronics", name("Machine à Café", "Coffee machine"));
        List<String> both = List.of(boots, coffee);
        await(indexer, only(both, "q", "chauss", "locale", "fr_FR"), p -> identifiers(p).equals(List.of(boots)));
        assertEquals(List.of(coffee), identifiers(SearchProbe.search(only(both, "q", "cafe", "locale", "fr_FR"))));
        assertEquals(List.of(boots), identifiers(SearchProbe.search(only(both, "q", "ÉLÉGANT", "locale", "en_US"))));
        assertEquals(List.of(boots), identifiers(SearchProbe.search(only(both, "q", "RANDONNÉE chaus"))));
        assertEquals(List.of(), identifiers(SearchProbe.search(only(both, "q", "randonnée", "locale", "en_US"))));
        JsonPath page = SearchProbe.search(only(both, "q", "chauss", "locale", "fr_FR"));
        assertEquals("<em>Chaussures</em> de randonnée", page.getString("items[0].highlights.label"));
        assertEquals("Chaussures de randonnée", page.getString("items[0].label"));
    }

    /** Products created together (one outbox row holds them, as for an import batch) are each found. */
    @Test
    void productsCreatedTogetherAreEachFound() {
        String word = "wombat" + System.nanoTime() % 100000;
        List<String> skus = List.of(Products.sku("together"), Products.sku("together"), Products.sku("together"));
        List<String> names = List.of("Veste imperméable " + word, "Écharpe en laine " + word, "Gants d'hiver " + word);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < skus.size(); i++) {
            body.append("{\"identifier\":\"").append(skus.get(i)).append("\",\"family\":\"clothing\",\"values\":")
                    .append("{\"name\":[{\"locale\":\"fr_FR\",\"scope\":null,\"data\":\"").append(names.get(i))
                    .append("\"}]}}\n");
        }
        String response = Api.as("editor").contentType("application/vnd.akeneo.collection+json; charset=UTF-8")
                .body(body.toString()).patch("/api/rest/v1/products").then().statusCode(200).extract().asString();
        assertEquals(3, response.lines().filter(l -> l.contains("\"status_code\":201")).count(), response);
        await(indexer, only(skus, "q", word, "locale", "fr_FR"), p -> identifiers(p).size() == 3);
        assertEquals(List.of(skus.get(1)), identifiers(SearchProbe.search(only(skus, "q", "echarpe",
                "locale", "fr_FR"))));
    }

    @Test
    void descriptionWordsAreFoundInTheirLocaleWholeOrByPrefix() {
        String word = "quokka" + System.nanoTime() % 100000;
        String sku = Products.create("shoes", Map.of("name", List.of(Products.value("fr_FR", null, "Botte")),
                "description", List.of(Products.value("fr_FR", "ecommerce", "<p>Conçue pour l'Étanchéité "
                        + word + "</p>"), Products.value("de_DE", "ecommerce", "<p>Wasserdicht</p>"))));
        await(indexer, only(List.of(sku), "q", word, "locale", "fr_FR"), p -> identifiers(p).equals(List.of(sku)));
        assertEquals(List.of(sku), identifiers(SearchProbe.search(only(List.of(sku), "q", "etancheite " + word,
                "locale", "fr_FR"))));
        assertEquals(List.of(sku), identifiers(SearchProbe.search(only(List.of(sku), "q", "ÉTANCH concue " + word))));
        assertEquals(List.of(), identifiers(SearchProbe.search(only(List.of(sku), "q", "etancheite " + word,
                "locale", "de_DE"))), "a French description is not searched in German");
        assertEquals(List.of(sku), identifiers(SearchProbe.search(only(List.of(sku), "q", "wasserd",
                "locale", "de_DE"))));
    }

    @Test
    void anExactIdentifierOrEanComesFirstThenLabelThenOtherText() {
        String ean = SearchProbe.ean();
        String word = "zorblax" + System.nanoTime() % 100000;
        String inLabel = Products.create("shoes", name("Botte " + word, "Boot " + word));
        String inDescription = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null,
                "Plain boot")), "description", List.of(
                        Products.value("en_US", "ecommerce", "<p>Like a " + word
                                + "</p>"))));
        String withEan = Products.create("shoes", Map.of("ean", List.of(Products.value(null, null, ean))));
        await(indexer, Map.of("q", word, "locale", "en_US"), p -> identifiers(p).size() == 2);
        assertEquals(List.of(inLabel, inDescription), identifiers(SearchProbe.search(Map.of("q", word, "locale",
                "en_US"))));
        await(indexer, Map.of("q", ean), p -> identifiers(p).contains(withEan));
        assertEquals(withEan, SearchProbe.search(Map.of("q", ean)).getString("items[0].identifier"));
        assertEquals(inLabel, SearchProbe.search(Map.of("q", inLabel.toUpperCase())).getString("items[0].identifier"));
    }

    @Test
    void changedRecategorizedDisabledAndDeletedProductsFollowTheCatalog() {
        String sku = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Sandal")),
                "color", List.of(Products.value(null, null, "red"))));
        await(indexer, only(List.of(sku), "q", "sandal"), p -> identifiers(p).contains(sku));
        Api.as("editor").body(Map.of("categories", List.of("clothing_women"), "values", Map.of("name",
                List.of(Products.value("en_US", null, "Loafer"))))).patch("/api/rest/v1/products/" + sku).then()
                .statusCode(204);
        await(indexer, only(List.of(sku), "q", "loafer"), p -> identifiers(p).contains(sku));
        assertEquals(List.of(), identifiers(SearchProbe.search(only(List.of(sku), "q", "sandal"))));
        String inClothing = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + sku + "\"]}],"
                + "\"categories\":[{\"operator\":\"IN CHILDREN\",\"value\":[\"clothing\"]}]}";
        assertEquals(List.of(sku), identifiers(SearchProbe.search(Map.of("search", inClothing))));

        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        String enabledOnly = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + sku + "\"]}],"
                + "\"enabled\":[{\"operator\":\"=\",\"value\":true}]}";
        await(indexer, Map.of("search", enabledOnly), p -> identifiers(p).isEmpty());
        assertEquals(false, SearchProbe.search(only(List.of(sku))).getBoolean("items[0].enabled"));

        Api.as("editor").delete("/api/rest/v1/products/" + sku).then().statusCode(204);
        await(indexer, only(List.of(sku)), p -> identifiers(p).isEmpty());
    }

    @Test
    void aModelChangeReachesItsVariants() {
        String root = Products.sku("search_tee").replace('-', '_');
        Api.as("editor").body(Map.of("code", root, "family_variant", "clothing_color_size", "values", Map.of(
                "name", List.of(Products.value("en_US", null, "Cotton tee")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        Api.as("editor").body(Map.of("code", root + "_red", "parent", root, "values", Map.of(
                "color", List.of(Products.value(null, null, "red"))))).post("/api/rest/v1/product-models").then()
                .statusCode(201);
        String variant = Products.sku("search-tee-s");
        Api.as("editor").body(Map.of("identifier", variant, "parent", root + "_red", "values", Map.of(
                "size", List.of(Products.value(null, null, "s"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        String word = "quokka" + System.nanoTime() % 100000;
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("en_US", null, "Tee " + word)))))
                .patch("/api/rest/v1/product-models/" + root).then().statusCode(204);
        JsonPath page = await(indexer, Map.of("q", word), p -> identifiers(p).size() == 3);
        assertTrue(page.getList("items.type").containsAll(List.of("product", "product_model")));
        assertTrue(identifiers(page).containsAll(List.of(variant, root, root + "_red")));
    }

    @Test
    void badSearchJsonUnknownFieldsAndFacetsAre422NamingThem() {
        Api.as("viewer").queryParam("search", "{not json").get(SearchProbe.PATH).then().statusCode(422)
                .body("errors[0].property", equalTo("search"));
        Api.as("viewer").queryParam("search", "{\"colour\":[{\"operator\":\"IN\",\"value\":[\"red\"]}]}")
                .get(SearchProbe.PATH).then().statusCode(422).body("errors[0].property", equalTo("colour"));
        Api.as("viewer").queryParam("search", "{\"color\":[{\"operator\":\"CONTAINS\",\"value\":\"red\"}]}")
                .get(SearchProbe.PATH).then().statusCode(422).body("errors[0].property", equalTo("color"));
        Api.as("viewer").queryParam("facets", "family,nope").get(SearchProbe.PATH).then().statusCode(422)
                .body("message", org.hamcrest.Matchers.containsString("nope"));
        Api.as("viewer").queryParam("search_after", "garbage").get(SearchProbe.PATH).then().statusCode(422)
                .body("errors[0].property", equalTo("search_after"));
        io.restassured.RestAssured.given().get(SearchProbe.PATH).then().statusCode(401);
        Api.as("viewer").get("/api/rest/v1").then().statusCode(200)
                .body("routes.pim_api_search_products.route", equalTo("/api/rest/v1/search/products"));
        Api.as("viewer").post("/api/rest/v1/search/reindex").then().statusCode(403);
        Api.as("viewer").get("/api/rest/v1/search/consistency").then().statusCode(403)
                .body("code", equalTo(403));
        io.restassured.RestAssured.given().get("/q/health/ready").then()
                .body("checks.name", hasItem("search-index"));
    }
}
