package io.omnipim.bulk.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bulk edits through the API: a selection, one action, a job that reports each product it could not change. */
@QuarkusTest
class BulkEditApiTest {

    private static final String EDITS = "/api/rest/v1/bulk-edits";

    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    private static String shoe(String frenchName) {
        return Products.create("shoes", Map.of("name", List.of(Products.value("fr_FR", null, frenchName))));
    }

    private static JsonPath run(Map<String, Object> selection, Map<String, Object> action) {
        String id = Api.as("editor").body(Map.of("selection", selection, "action", action)).post(EDITS).then()
                .statusCode(202).extract().path("id");
        JsonPath job = Jobs.awaitJob(EDITS + "/" + id);
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("done");
        return job;
    }

    /** Drains the outbox into the index until the search finds {@code count} products (the index may be rebuilding). */
    private void awaitIndexed(String q, int count) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                indexer.drainNow();
                int found = Api.as("viewer").queryParams(Map.of("q", q, "locale", "fr_FR"))
                        .get("/api/rest/v1/search/products").then().extract().jsonPath().getList("items").size();
                if (found == count) {
                    return;
                }
                Thread.sleep(200);
            } catch (java.sql.SQLException | RuntimeException e) {
                // the index may still be building at the start of the suite
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the search index never found the " + count + " products of \"" + q + "\"");
    }

    private static JsonPath product(String identifier) {
        return Api.as("viewer").get("/api/rest/v1/products/" + identifier).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void addingACategoryToASelectionUpdatesOnlyTheProductsNotYetInIt() {
        String already = shoe("Derby en cuir grainé");
        Api.as("editor").body(Map.of("categories", List.of("clothing_men")))
                .patch("/api/rest/v1/products/" + already).then().statusCode(204);
        String first = shoe("Mocassin à pampilles");
        String second = shoe("Richelieu à bout fleuri");

        JsonPath job = run(Map.of("identifiers", List.of(already, first, second)),
                Map.of("type", "add_categories", "categories", List.of("clothing_men")));

        assertThat(job.getMap("counts")).containsEntry("updated", 2).containsEntry("unchanged", 1)
                .containsEntry("failed", 0);
        assertThat(job.getLong("progress.done")).isEqualTo(3);
        assertThat(job.getLong("progress.total")).isEqualTo(3);
        for (String sku : List.of(already, first, second)) {
            assertThat(product(sku).getList("categories", String.class)).containsExactly("clothing_men");
        }
        Api.as("viewer").get("/api/rest/v1/products/" + first + "/history").then().statusCode(200)
                .body(containsString("clothing_men"));
    }

    @Test
    void settingAValueOnASearchChangesEveryProductItFindsAndNoOther() {
        String token = "Quillorix" + Products.sku("x").replaceAll("[^0-9]", "").chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
        List<String> found = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            found.add(shoe("Sandale " + token + " été n° " + i));
        }
        String other = shoe("Espadrille en toile");
        awaitIndexed(token.toLowerCase(), 3);

        JsonPath job = run(Map.of("search", Map.of("q", token.toLowerCase(), "locale", "fr_FR", "scope",
                "ecommerce", "search", Map.of("family", List.of(Map.of("operator", "IN", "value",
                        List.of("shoes")))))),
                Map.of("type", "set_value", "attribute", "description", "locale", "fr_FR", "scope", "ecommerce",
                        "data", "<p>Semelle en liège, 49,90 €</p>"));

        assertThat(job.getMap("counts")).containsEntry("updated", 3).containsEntry("failed", 0);
        for (String sku : found) {
            assertThat(product(sku).getString("values.description.find { it.locale == 'fr_FR' }.data"))
                    .isEqualTo("<p>Semelle en liège, 49,90 €</p>");
        }
        assertThat(product(other).getMap("values")).doesNotContainKey("description");
    }

    @Test
    void aProductThatCannotTakeTheChangeIsReportedAndTheOthersAreStillChanged() {
        String root = Products.sku("tee").replace('-', '_');
        Api.as("editor").body(Map.of("code", root, "family_variant", "clothing_color_size"))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        Api.as("editor").body(Map.of("code", root + "_red", "parent", root, "values", Map.of(
                "color", List.of(Products.value(null, null, "red"))))).post("/api/rest/v1/product-models").then()
                .statusCode(201);
        String variant = Products.sku("tee-red-m");
        Api.as("editor").body(Map.of("identifier", variant, "parent", root + "_red", "values", Map.of(
                "size", List.of(Products.value(null, null, "m"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        String first = shoe("Bottine fourrée");
        String second = shoe("Chausson en laine bouillie");

        JsonPath job = run(Map.of("identifiers", List.of(first, variant, "GONE-404", second)),
                Map.of("type", "change_family", "family", "electronics"));

        assertThat(job.getMap("counts")).containsEntry("updated", 2).containsEntry("failed", 2);
        assertThat(job.getList("errors.identifier", String.class)).containsExactly(variant, "GONE-404");
        assertThat(job.getString("errors[0].message")).contains("family of a variant product");
        assertThat(job.getString("errors[1].message")).contains("does not exist any more");
        assertThat(product(first).getString("family")).isEqualTo("electronics");
        assertThat(product(second).getString("family")).isEqualTo("electronics");
        assertThat(product(variant).getString("family")).isEqualTo("clothing");
    }

    @Test
    void disablingSwitchesOffOnlyWhatIsStillOn() {
        String on = shoe("Basket montante");
        String off = shoe("Tong de plage");
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + off).then().statusCode(204);

        JsonPath job = run(Map.of("identifiers", List.of(on, off)), Map.of("type", "disable"));

        assertThat(job.getMap("counts")).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(product(on).getBoolean("enabled")).isFalse();
        assertThat(product(off).getBoolean("enabled")).isFalse();
    }

    @Test
    void mistakesAreAnsweredBeforeAnythingIsQueued() {
        String sku = shoe("Sabot suédois");
        Api.as("editor").body(Map.of("selection", Map.of("identifiers", List.of(sku)), "action",
                Map.of("type", "add_categories", "categories", List.of("no_such_category")))).post(EDITS).then()
                .statusCode(422).body("message", containsString("no_such_category"));
        Api.as("editor").body(Map.of("selection", Map.of("identifiers", List.of(sku)), "action",
                Map.of("type", "set_value", "attribute", "name", "data", "Sabot"))).post(EDITS).then()
                .statusCode(422).body("errors[0].property", equalTo("action.locale"));
        Api.as("viewer").body(Map.of("selection", Map.of("identifiers", List.of(sku)), "action",
                Map.of("type", "enable"))).post(EDITS).then().statusCode(403);
        Api.as("viewer").get(EDITS).then().statusCode(200).body("_embedded.items.label",
                not(hasItem(containsString(sku))));
    }
}
