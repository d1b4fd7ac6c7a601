package io.omnipim.search;

import static io.omnipim.search.SearchProbe.await;
import static io.omnipim.search.SearchProbe.identifiers;
import static io.omnipim.search.SearchProbe.only;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A rebuild from PostgreSQL serves searches throughout and ends with a new index behind the alias. */
@QuarkusTest
class SearchRebuildTest {

    @Inject
    SearchIndexer indexer;

    @Inject
    CatalogIndex index;

    private static String status() {
        return Api.as("admin").get("/api/rest/v1/search/reindex").then().statusCode(200).extract().path("state");
    }

    @Test
    void searchesFindProductsThroughoutARebuildThatEndsBehindTheAlias() {
        CatalogFixtures.ensure();
        for (int i = 0; i < 30; i++) {
            Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Espadrille " + i))));
        }
        String sku = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Wader"))));
        await(indexer, only(List.of(sku)), p -> identifiers(p).contains(sku));
        long deadline = System.currentTimeMillis() + 60_000;
        while ("running".equals(status()) && System.currentTimeMillis() < deadline) {
            SearchProbe.pause(200); // a rebuild asked by another test may be under way
        }
        String before = index.target().orElseThrow();

        Api.as("admin").post("/api/rest/v1/search/reindex").then().statusCode(202)
                .body("state", equalTo("running")).body("reason", equalTo("requested through the API"));
        String during = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Galosh"))));
        do {
            assertEquals(List.of(sku), identifiers(SearchProbe.search(only(List.of(sku), "q", "wader"))));
        } while ("running".equals(status()) && System.currentTimeMillis() < deadline);
        JsonPath done = Api.as("admin").get("/api/rest/v1/search/reindex").then().statusCode(200).extract().jsonPath();
        assertEquals("done", done.getString("state"), done.prettify());
        String after = index.target().orElseThrow();
        assertNotEquals(before, after);
        assertEquals(after, done.getString("index"));
        assertTrue(done.getLong("loaded") >= 31);
        assertTrue(!index.versionedIndices().contains(before), "the old index is deleted");
        assertEquals(List.of(sku), identifiers(SearchProbe.search(only(List.of(sku), "q", "wader"))));
        await(indexer, only(List.of(during)), p -> identifiers(p).contains(during));
        // pages are loaded in parallel: none may be missed or doubled
        JsonPath report = Api.as("admin").get("/api/rest/v1/search/consistency").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(report.getLong("database_count"), report.getLong("index_count"), report.prettify());
        assertEquals(0, report.getInt("differences_total"), report.prettify());
    }
}
