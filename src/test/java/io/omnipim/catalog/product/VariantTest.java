package io.omnipim.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Eans;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VariantTest {

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    /** Root model (common values) → colour sub-model → size variants. */
    private static String[] tree() {
        String root = Products.sku("tee").replace('-', '_');
        Api.as("editor").body(Map.of("code", root, "family_variant", "clothing_color_size",
                "categories", List.of("clothing_women"), "values", Map.of(
                        "name", List.of(Products.value("fr_FR", null, "T-shirt en coton bio"),
                                Products.value("de_DE", null, "Bio-Baumwoll-T-Shirt")),
                        "brand", List.of(Products.value(null, null, "elan_vital")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        String red = root + "_red";
        Api.as("editor").body(Map.of("code", red, "parent", root, "values", Map.of(
                "color", List.of(Products.value(null, null, "red")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        return new String[]{root, red};
    }

    @Test
    void variantInheritsValuesAndCategoriesFromItsModels() {
        String[] t = tree();
        String sku = Products.sku("tee-red-m");
        Api.as("editor").body(Map.of("identifier", sku, "parent", t[1], "categories", List.of("clothing_men"),
                "values", Map.of("size", List.of(Products.value(null, null, "m")),
                        "price", List.of(Products.value(null, null, List.of(Map.of("amount", "19.90",
                                "currency", "EUR")))))))
                .post("/api/rest/v1/products").then().statusCode(201);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("family", equalTo("clothing")).body("parent", equalTo(t[1]))
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("T-shirt en coton bio"))
                .body("values.color[0].data", equalTo("red")).body("values.brand[0].data", equalTo("elan_vital"))
                .body("values.size[0].data", equalTo("m"))
                .body("categories", hasItems("clothing_men", "clothing_women"));
        Api.as("viewer").get("/api/rest/v1/product-models/" + t[1]).then().statusCode(200)
                .body("values.brand[0].data", equalTo("elan_vital")).body("family", equalTo("clothing"));
    }

    @Test
    void theParentFilterFindsChildrenAndGrandchildrenOfAModel() {
        String[] t = tree();
        String sku = Products.sku("tee-red-s");
        Api.as("editor").body(Map.of("identifier", sku, "parent", t[1], "values", Map.of("size",
                List.of(Products.value(null, null, "s"))))).post("/api/rest/v1/products").then().statusCode(201);
        for (String search : List.of("{\"parent\":[{\"operator\":\"=\",\"value\":\"" + t[0] + "\"}]}",
                "{\"parent\":[{\"operator\":\"IN\",\"value\":[\"" + t[1] + "\",\"no_such_model\"]}]}")) {
            Api.as("viewer").queryParam("search", search).get("/api/rest/v1/products").then().statusCode(200)
                    .body("_embedded.items.identifier", org.hamcrest.Matchers.contains(sku));
        }
    }

    @Test
    void modelValueChangesAreSeenByVariants() {
        String[] t = tree();
        String sku = Products.sku("tee-red-s");
        Api.as("editor").body(Map.of("identifier", sku, "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "s"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        Api.as("editor").body(Map.of("values", Map.of("name", List.of(Products.value("fr_FR", null,
                "T-shirt bio, nouvelle coupe"))))).patch("/api/rest/v1/product-models/" + t[0]).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("T-shirt bio, nouvelle coupe"));
    }

    @Test
    void axesAreRequiredAndUniqueAmongSiblings() {
        String[] t = tree();
        Api.as("editor").body(Map.of("identifier", Products.sku("no-size"), "parent", t[1]))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("axis"));
        Api.as("editor").body(Map.of("identifier", Products.sku("tee-l"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "l"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        Api.as("editor").body(Map.of("identifier", Products.sku("tee-l-again"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "L"))))).post("/api/rest/v1/products").then()
                .statusCode(422).body("errors[0].message", containsString("another variant"));
        Api.as("editor").body(Map.of("code", t[0] + "_red2", "parent", t[0], "values", Map.of(
                "color", List.of(Products.value(null, null, "red"))))).post("/api/rest/v1/product-models").then()
                .statusCode(422);
    }

    @Test
    void aVariantRefusedForATakenEanLeavesItsAxesFreeForAnother() {
        String[] t = tree();
        String ean = Eans.next();
        Api.as("editor").body(Map.of("identifier", Products.sku("tee-red-m"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "m")), "ean", List.of(Products.value(null, null, ean)))))
                .post("/api/rest/v1/products").then().statusCode(201);
        Api.as("editor").body(Map.of("identifier", Products.sku("tee-red-s"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "s")), "ean", List.of(Products.value(null, null, ean)))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors[0].message", containsString("already set on another product"));
        Api.as("editor").body(Map.of("identifier", Products.sku("tee-red-s"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "s")),
                "ean", List.of(Products.value(null, null, Eans.next())))))
                .post("/api/rest/v1/products").then().statusCode(201);
    }

    @Test
    void valuesMustLiveAtTheirLevel() {
        String[] t = tree();
        Api.as("editor").body(Map.of("identifier", Products.sku("wrong-level"), "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "xl")),
                "brand", List.of(Products.value(null, null, "alpenglueck")))))
                .post("/api/rest/v1/products").then().statusCode(422)
                .body("errors.attribute", hasItem("brand"));
        Api.as("editor").body(Map.of("values", Map.of("size", List.of(Products.value(null, null, "s")))))
                .patch("/api/rest/v1/product-models/" + t[0]).then().statusCode(422);
    }

    @Test
    void completenessOfVariantsCountsInheritedValues() {
        String[] t = tree();
        String sku = Products.sku("tee-red-xl");
        Api.as("editor").body(Map.of("identifier", sku, "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "xl")),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "21", "currency", "EUR")))))))
                .post("/api/rest/v1/products").then().statusCode(201);
        // mobile requires sku, name, price (EUR): fr_FR complete thanks to the root model's name
        Api.as("viewer").queryParam("with_completenesses", true).get("/api/rest/v1/products/" + sku).then()
                .body("completenesses.find { it.scope == 'mobile' && it.locale == 'fr_FR' }.data", equalTo(100));
    }

    /** A model's completeness is its variants': one complete variant is AT LEAST COMPLETE, all of them ALL COMPLETE. */
    @Test
    void modelCompletenessLooksAtItsVariants() {
        String[] t = tree();
        String xl = Products.sku("tee-red-xl");
        String s = Products.sku("tee-red-s");
        Api.as("editor").body(Map.of("identifier", xl, "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "xl")),
                "price", List.of(Products.value(null, null, List.of(Map.of("amount", "21", "currency", "EUR")))))))
                .post("/api/rest/v1/products").then().statusCode(201);
        Api.as("editor").body(Map.of("identifier", s, "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "s"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        assertThat(modelsBelow(t[0], "AT LEAST COMPLETE")).containsExactly(t[1]);
        assertThat(modelsBelow(t[0], "AT LEAST INCOMPLETE")).containsExactly(t[1]);
        assertThat(modelsBelow(t[0], "ALL COMPLETE")).isEmpty();
        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", "19.90", "currency", "EUR"))))))).patch("/api/rest/v1/products/" + s).then()
                .statusCode(204);
        assertThat(modelsBelow(t[0], "ALL COMPLETE")).containsExactly(t[1]);
        assertThat(modelsBelow(t[0], "AT LEAST INCOMPLETE")).isEmpty();
    }

    /** The sub-models of {@code root} whose completeness on mobile in French satisfies {@code operator}. */
    private static List<String> modelsBelow(String root, String operator) {
        String search = "{\"parent\":[{\"operator\":\"IN\",\"value\":[\"" + root + "\"]}],\"completeness\":[{"
                + "\"operator\":\"" + operator + "\",\"scope\":\"mobile\",\"locale\":\"fr_FR\"}]}";
        return Api.as("viewer").queryParam("search", search).get("/api/rest/v1/product-models").then().statusCode(200)
                .extract().jsonPath().getList("_embedded.items.code");
    }

    @Test
    void deletingAModelDeletesWhatIsBelowIt() {
        String[] t = tree();
        String sku = Products.sku("tee-red-42");
        Api.as("editor").body(Map.of("identifier", sku, "parent", t[1], "values", Map.of(
                "size", List.of(Products.value(null, null, "42"))))).post("/api/rest/v1/products").then()
                .statusCode(201);
        Api.as("editor").delete("/api/rest/v1/product-models/" + t[0]).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/product-models/" + t[1]).then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(404);
    }
}
