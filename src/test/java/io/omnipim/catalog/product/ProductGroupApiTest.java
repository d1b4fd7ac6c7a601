package io.omnipim.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/** Product groups: a structure of their own, set on products, checked on write and filtered on read. */
@QuarkusTest
class ProductGroupApiTest {

    static final String SUMMER = "soldes_ete_" + System.nanoTime() % 1_000_000;
    static final String BUNDLE = "pack_rando_" + System.nanoTime() % 1_000_000;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
        Api.as("manager").body(Map.of("labels", Map.of("en_US", "Cross-sell")))
                .patch("/api/rest/v1/association-types/X_SELL").then().extract().statusCode();
        Api.as("manager").body(Map.of("type", "X_SELL", "labels",
                CatalogFixtures.labels("Summer sale", "Soldes d'été", "Sommerschlussverkauf")))
                .patch("/api/rest/v1/groups/" + SUMMER).then().extract().statusCode();
        Api.as("manager").body(Map.of("labels", CatalogFixtures.labels("Hiking pack", "Pack randonnée", "Wanderset")))
                .patch("/api/rest/v1/groups/" + BUNDLE).then().extract().statusCode();
    }

    @Test
    void groupsAreCreatedReadListedAndRelabelled() {
        String code = "noel_" + System.nanoTime() % 1_000_000;
        Api.as("manager").body(Map.of("code", code, "labels", Map.of("fr_FR", "Sélection de Noël")))
                .post("/api/rest/v1/groups").then().statusCode(201)
                .header("Location", containsString("/api/rest/v1/groups/" + code));
        Api.as("viewer").get("/api/rest/v1/groups/" + code).then().statusCode(200).body("code", equalTo(code))
                .body("type", equalTo("RELATED")).body("labels.fr_FR", equalTo("Sélection de Noël"));
        Api.as("manager").body(Map.of("labels", Map.of("de_DE", "Weihnachtsauswahl"))).patch("/api/rest/v1/groups/"
                + code).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/groups/" + code).then().body("labels.fr_FR", equalTo("Sélection de Noël"))
                .body("labels.de_DE", equalTo("Weihnachtsauswahl"));
        Api.as("manager").body(Map.of("code", code)).post("/api/rest/v1/groups").then().statusCode(422);
        Api.as("viewer").queryParam("limit", 100).get("/api/rest/v1/groups").then().statusCode(200)
                .body("_embedded.items.code", hasItem(SUMMER));
        Api.as("viewer").get("/api/rest/v1/groups/" + SUMMER).then().body("type", equalTo("X_SELL"));
        Api.as("viewer").get("/api/rest/v1").then().body("routes", hasKey("pim_api_group_list"))
                .body("routes", hasKey("pim_api_group_get"));
    }

    @Test
    void aProductJoinsGroupsAndAnUnknownGroupIsNamed() {
        String sku = Products.sku("grp");
        Api.as("editor").body(Map.of("identifier", sku, "family", "shoes", "groups", List.of(SUMMER, BUNDLE)))
                .post("/api/rest/v1/products").then().statusCode(201);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().body("groups", equalTo(List.of(SUMMER, BUNDLE)));
        Api.as("editor").body(Map.of("groups", List.of(SUMMER, "braderie_inconnue"))).patch("/api/rest/v1/products/"
                + sku).then().statusCode(422).body("errors[0].property", equalTo("groups"))
                .body("errors[0].message", containsString("braderie_inconnue"));
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().body("groups", equalTo(List.of(SUMMER, BUNDLE)));
        Api.as("manager").delete("/api/rest/v1/groups/" + SUMMER).then().statusCode(422);
    }

    @Test
    void associationsToGroupsNeedTheGroupToExist() {
        String sku = Products.create("shoes", Map.of());
        Api.as("editor").body(Map.of("associations", Map.of("X_SELL", Map.of("groups", List.of(BUNDLE)))))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("associations.X_SELL.groups", equalTo(List.of(BUNDLE)));
        Api.as("editor").body(Map.of("associations", Map.of("X_SELL", Map.of("groups", List.of("fantome")))))
                .patch("/api/rest/v1/products/" + sku).then().statusCode(422)
                .body("errors[0].message", containsString("fantome"));
    }

    @Test
    void theGroupsFilterFindsMembersAndNonMembers() {
        String inSale = Products.sku("grp");
        String inPack = Products.sku("grp");
        String alone = Products.create("shoes", Map.of());
        Api.as("editor").body(Map.of("identifier", inSale, "family", "shoes", "groups", List.of(SUMMER)))
                .post("/api/rest/v1/products").then().statusCode(201);
        Api.as("editor").body(Map.of("identifier", inPack, "family", "shoes", "groups", List.of(BUNDLE)))
                .post("/api/rest/v1/products").then().statusCode(201);
        String[] mine = {inSale, inPack, alone};
        assertThat(search("{\"groups\":[{\"operator\":\"IN\",\"value\":[\"" + SUMMER + "\"]}]}", mine))
                .containsExactly(inSale);
        assertThat(search("{\"groups\":[{\"operator\":\"NOT IN\",\"value\":[\"" + SUMMER + "\"]}]}", mine))
                .containsExactlyInAnyOrder(inPack, alone);
        assertThat(search("{\"groups\":[{\"operator\":\"EMPTY\"}]}", mine)).containsExactly(alone);
        assertThat(search("{\"groups\":[{\"operator\":\"NOT EMPTY\"}]}", mine))
                .containsExactlyInAnyOrder(inSale, inPack);
    }

    private static List<String> search(String groups, String... only) {
        String search = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + String.join("\",\"", only) + "\"]}],"
                + groups.substring(1);
        return Api.as("viewer").queryParam("search", search).queryParam("limit", 100).get("/api/rest/v1/products")
                .then().statusCode(200).extract().jsonPath().getList("_embedded.items.identifier", String.class);
    }

    @Test
    void aGroupNamedInAnotherCaseIsTheSameGroup() {
        Api.as("manager").body(Map.of("labels", Map.of("de_DE", "Sommerschlussverkauf 2026")))
                .patch("/api/rest/v1/groups/" + SUMMER.toUpperCase()).then().statusCode(204);
        Api.as("viewer").get("/api/rest/v1/groups/" + SUMMER.toUpperCase()).then().statusCode(200)
                .body("code", equalTo(SUMMER)).body("labels.de_DE", equalTo("Sommerschlussverkauf 2026"))
                .body("labels.fr_FR", equalTo("Soldes d'été"));
        Api.as("manager").body(Map.of("code", SUMMER.toUpperCase())).post("/api/rest/v1/groups").then()
                .statusCode(422).body("errors[0].property", equalTo("code"));
        Api.as("viewer").get("/api/rest/v1/families/SHOES").then().statusCode(200).body("code", equalTo("shoes"));
    }
}
