package io.omnipim.search;

import static io.omnipim.search.SearchProbe.await;
import static io.omnipim.search.SearchProbe.identifiers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Facet counts: disjunctive within a facet, conjunctive across facets and with the other filters. */
@QuarkusTest
class SearchFacetsTest {

    @Inject
    SearchIndexer indexer;

    private static String product(String family, String category, String color, String brand, boolean enabled) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", List.of(Products.value("en_US", null, family + " " + color)));
        if (color != null) {
            values.put("color", List.of(Products.value(null, null, color)));
        }
        values.put("brand", List.of(Products.value(null, null, brand)));
        String sku = Products.sku("facet");
        Api.as("editor").body(Map.of("identifier", sku, "family", family, "enabled", enabled,
                "categories", List.of(category), "values", values)).post("/api/rest/v1/products").then()
                .statusCode(201);
        return sku;
    }

    private static Map<String, Long> counts(JsonPath page, String facet) {
        List<Map<String, Object>> values = page.getList("facets." + facet);
        return values.stream().collect(Collectors.toMap(v -> (String) v.get("code"),
                v -> ((Number) v.get("count")).longValue()));
    }

    private static Map<String, String> labels(JsonPath page, String facet) {
        List<Map<String, Object>> values = page.getList("facets." + facet);
        return values.stream().collect(Collectors.toMap(v -> (String) v.get("code"), v -> (String) v.get("label")));
    }

    @Test
    void facetCountsIgnoreTheirOwnSelectionButApplyAllOthers() {
        CatalogFixtures.ensure();
        String category = "facets_" + System.nanoTime() % 1_000_000;
        Api.as("admin").body(Map.of("parent", "master", "labels", Map.of("fr_FR", "Sélection", "en_US",
                "Selection"))).patch("/api/rest/v1/categories/" + category).then().statusCode(201);
        String redShoe = product("shoes", category, "red", "alpenglueck", true);
        product("shoes", category, "blue", "alpenglueck", true);
        String redShirt = product("clothing", category, "red", "elan_vital", true);
        product("clothing", category, "green", "elan_vital", false);
        product("electronics", category, null, "elan_vital", true);

        String search = "{\"categories\":[{\"operator\":\"IN\",\"value\":[\"" + category + "\"]}],"
                + "\"family\":[{\"operator\":\"IN\",\"value\":[\"shoes\",\"clothing\"]}],"
                + "\"color\":[{\"operator\":\"IN\",\"value\":[\"red\"]}]}";
        Map<String, Object> params = Map.of("search", search, "facets", "family,color,brand,enabled,categories",
                "locale", "fr_FR", "sort", "identifier");
        JsonPath page = await(indexer, params, p -> p.getLong("total") == 2
                && counts(p, "color").values().stream().mapToLong(Long::longValue).sum() == 4);

        assertEquals(List.of(redShoe, redShirt).stream().sorted().toList(), identifiers(page));
        assertEquals("2", page.getString("total_label"));
        assertEquals(Map.of("shoes", 1L, "clothing", 1L), counts(page, "family"));
        assertEquals(Map.of("red", 2L, "blue", 1L, "green", 1L), counts(page, "color"));
        assertEquals(Map.of("alpenglueck", 1L, "elan_vital", 1L), counts(page, "brand"));
        assertEquals(Map.of("true", 2L), counts(page, "enabled"));
        assertEquals(2L, counts(page, "categories").get(category));
        assertEquals("Rouge", labels(page, "color").get("red"));
        assertEquals("Élan Vital", labels(page, "brand").get("elan_vital"));
        assertEquals("Chaussures", labels(page, "family").get("shoes"));
        assertEquals("Sélection", labels(page, "categories").get(category));

        String twoColors = search.replace("[\"red\"]", "[\"red\",\"blue\"]");
        JsonPath wider = SearchProbe.search(Map.of("search", twoColors, "facets", "family,color"));
        assertEquals(3, wider.getLong("total"));
        assertEquals(Map.of("shoes", 2L, "clothing", 1L), counts(wider, "family"));
        assertEquals(Map.of("red", 2L, "blue", 1L, "green", 1L), counts(wider, "color"));
    }

    @Test
    void deepPagesFollowSearchAfterWithoutRepeatingOrSkipping() {
        CatalogFixtures.ensure();
        String category = "pages_" + System.nanoTime() % 1_000_000;
        Api.as("admin").body(Map.of("parent", "master")).patch("/api/rest/v1/categories/" + category).then()
                .statusCode(201);
        for (int i = 0; i < 7; i++) {
            product("shoes", category, "red", "alpenglueck", true);
        }
        String search = "{\"categories\":[{\"operator\":\"IN\",\"value\":[\"" + category + "\"]}]}";
        await(indexer, Map.of("search", search), p -> p.getLong("total") == 7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        Map<String, Object> params = new HashMap<>(Map.of("search", search, "limit", 3, "q", "shoes red"));
        for (int pageNo = 0; pageNo < 3; pageNo++) {
            JsonPath page = SearchProbe.search(params);
            identifiers(page).forEach(id -> assertEquals(true, seen.add(id), "seen twice: " + id));
            params.put("search_after", page.getString("search_after"));
        }
        assertEquals(7, seen.size());
    }
}
