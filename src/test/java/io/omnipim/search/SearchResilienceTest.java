package io.omnipim.search;

import static io.omnipim.search.SearchProbe.await;
import static io.omnipim.search.SearchProbe.identifiers;
import static io.omnipim.search.SearchProbe.only;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.omnipim.platform.embedded.EmbeddedServices;
import io.omnipim.search.indexer.IndexLag;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Elasticsearch going away never fails a catalog write; the index catches up when it is back. */
@QuarkusTest
class SearchResilienceTest {

    @Inject
    SearchIndexer indexer;

    @Inject
    IndexLag lag;

    @Test
    void writesSucceedWhileElasticsearchIsDownAndTheIndexCatchesUpWithZeroDifferences() {
        CatalogFixtures.ensure();
        String before = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Clog"))));
        await(indexer, only(List.of(before)), p -> identifiers(p).contains(before));
        // start from a clean slate: earlier test classes may have changed structure behind the index's back
        Api.as("admin").queryParam("repair", true).get("/api/rest/v1/search/consistency").then().statusCode(200);

        EmbeddedServices services = EmbeddedServices.current();
        services.stopElasticsearch();
        String during;
        try {
            during = Products.create("shoes", Map.of("name", List.of(Products.value("en_US", null, "Mule"))));
            Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + before).then()
                    .statusCode(204);
            Api.as("viewer").get(SearchProbe.PATH).then().statusCode(503).body("code", equalTo(503));
            long deadline = System.currentTimeMillis() + 10_000;
            while (lag.pending() == 0 && System.currentTimeMillis() < deadline) {
                SearchProbe.pause(200);
            }
            assertTrue(lag.pending() > 0, "the changes wait in the outbox");
            RestAssured.given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("pim_search_index_lag_events"));
        } finally {
            services.restartElasticsearch();
        }
        JsonPath page = await(indexer, only(List.of(before, during)), p -> identifiers(p).size() == 2
                && p.getList("items.enabled").contains(false));
        assertTrue(identifiers(page).contains(during));

        JsonPath report = Api.as("admin").get("/api/rest/v1/search/consistency").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(0, report.getInt("differences_total"), report.prettify());
        assertEquals(report.getLong("database_count"), report.getLong("index_count"));
        assertEquals(17, report.getList("buckets").size());
    }
}
