package io.omnipim.ui.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Deleting from the settings screens and editing a family variant, over plain HTTP as a browser posts the forms:
 * the catalog's service decides, the page says what happened.
 */
@QuarkusTest
class SettingsDeletionTest {

    private String session;
    private String csrf;

    @BeforeEach
    void logIn() {
        ensureAttributes();
        Response page = given().redirects().follow(false).get("/ui/login");
        session = given().redirects().follow(false).cookie("pim_login_csrf", page.cookie("pim_login_csrf"))
                .formParam("_csrf", hiddenCsrf(page.asString())).formParam("username", Api.ADMIN)
                .formParam("password", Api.ADMIN_PASSWORD).formParam("next", "/ui/settings").post("/ui/login")
                .cookie("pim_session");
        csrf = hiddenCsrf(ui().get("/ui/settings/families").asString());
    }

    /**
     * The attributes these tests build families from. This class runs with the browser tests, on a database that
     * may already hold the sample catalog (whose attributes differ from the API tests' fixtures): create only what
     * is missing.
     */
    private static void ensureAttributes() {
        if (Api.as("viewer").get("/api/rest/v1/attribute-groups/marketing").statusCode() == 404) {
            Api.as("manager").body(Map.of("code", "marketing")).post("/api/rest/v1/attribute-groups").then()
                    .statusCode(201);
        }
        ensure("name", Map.of("type", "pim_catalog_text", "localizable", true));
        ensure("price", Map.of("type", "pim_catalog_price_collection", "decimals_allowed", true));
        ensure("color", Map.of("type", "pim_catalog_simpleselect"));
        ensure("weight", Map.of("type", "pim_catalog_metric", "metric_family", "Weight", "default_metric_unit",
                "KILOGRAM", "decimals_allowed", true));
        ensure("picture", Map.of("type", "pim_catalog_image"));
    }

    private static void ensure(String code, Map<String, Object> properties) {
        if (Api.as("viewer").get("/api/rest/v1/attributes/" + code).statusCode() == 404) {
            Map<String, Object> body = new java.util.HashMap<>(properties);
            body.put("code", code);
            body.put("group", "marketing");
            Api.as("manager").body(body).post("/api/rest/v1/attributes").then().statusCode(201);
        }
    }

    private static String hiddenCsrf(String html) {
        int at = html.indexOf("name=\"_csrf\" value=\"");
        return html.substring(at + 20, html.indexOf('"', at + 20));
    }

    private RequestSpecification ui() {
        return given().redirects().follow(false).cookie("pim_session", session);
    }

    private Response post(String path, Object... fields) {
        RequestSpecification request = ui().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam((String) fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    private static String unique(String prefix) {
        return prefix + "_" + System.nanoTime() % 1_000_000;
    }

    @Test
    void aDeletedOptionIsGoneFromThePageAndTheApi() {
        String attribute = unique("finish");
        Api.as("manager").body(Map.of("code", attribute, "type", "pim_catalog_simpleselect", "group", "marketing"))
                .post("/api/rest/v1/attributes").then().statusCode(201);
        for (String option : List.of("matte", "gloss")) {
            Api.as("manager").body(Map.of("labels", Map.of("fr_FR", option.equals("matte") ? "Mat" : "Brillant")))
                    .patch("/api/rest/v1/attributes/" + attribute + "/options/" + option).then().statusCode(201);
        }
        String page = ui().get("/ui/settings/attributes/" + attribute).asString();
        assertThat(page).contains("action=\"/ui/settings/attributes/" + attribute + "/options/matte/delete\"");

        Response deleted = post("/ui/settings/attributes/" + attribute + "/options/matte/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        String location = deleted.header("Location");
        assertThat(location).contains("/ui/settings/attributes/" + attribute + "?deleted=matte&kind=option");

        String after = ui().get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).asString();
        assertThat(after).contains("Option « matte » deleted.").doesNotContain("id=\"option-matte\"")
                .contains("id=\"option-gloss\"");
        Api.as("viewer").get("/api/rest/v1/attributes/" + attribute + "/options/matte").then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/attributes/" + attribute + "/options/gloss").then().statusCode(200);
    }

    @Test
    void anOptionAProductStillUsesIsKeptAndThePageSaysWhy() {
        String attribute = unique("lining");
        Api.as("manager").body(Map.of("code", attribute, "type", "pim_catalog_simpleselect", "group", "marketing"))
                .post("/api/rest/v1/attributes").then().statusCode(201);
        Api.as("manager").body(Map.of("labels", Map.of("fr_FR", "Soie", "de_DE", "Seide")))
                .patch("/api/rest/v1/attributes/" + attribute + "/options/silk").then().statusCode(201);
        String family = unique("vestes");
        Api.as("manager").body(Map.of("attributes", List.of("name", attribute), "attribute_as_label", "name"))
                .patch("/api/rest/v1/families/" + family).then().statusCode(201);
        Products.create(family, Map.of(attribute, List.of(Products.value(null, null, "silk"))));

        Response refused = post("/ui/settings/attributes/" + attribute + "/options/silk/delete");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("cannot be deleted: 1 products or product models use it");
        Api.as("viewer").get("/api/rest/v1/attributes/" + attribute + "/options/silk").then().statusCode(200);
    }

    @Test
    void anUnusedAttributeIsDeletedAndTheListSaysSo() {
        String attribute = unique("engraving");
        Api.as("manager").body(Map.of("code", attribute, "type", "pim_catalog_text", "group", "marketing"))
                .post("/api/rest/v1/attributes").then().statusCode(201);

        Response deleted = post("/ui/settings/attributes/" + attribute + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        String list = ui().get("/ui/settings/attributes?deleted=" + attribute + "&kind=attribute").asString();
        assertThat(list).contains("Attribute « " + attribute + " » deleted.");
        Api.as("viewer").get("/api/rest/v1/attributes/" + attribute).then().statusCode(404);
    }

    @Test
    void aFamilyWithProductsIsKeptAndItsPageSaysWhy() {
        String family = unique("sacs");
        Api.as("manager").body(Map.of("attributes", List.of("name", "price"), "attribute_as_label", "name",
                "labels", Map.of("fr_FR", "Sacs à main", "en_US", "Handbags")))
                .patch("/api/rest/v1/families/" + family).then().statusCode(201);
        Products.create(family, Map.of());

        Response refused = post("/ui/settings/families/" + family + "/delete");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("id=\"form-problems\"").contains("cannot be deleted: 1 products belong"
                + " to it.").contains("id=\"family-form\"");
        Api.as("viewer").get("/api/rest/v1/families/" + family).then().statusCode(200);
    }

    @Test
    void aVariantsLabelsAndAttributesAreSavedAndItsAxesStay() {
        String family = unique("bags");
        String variant = family + "_by_color";
        Api.as("manager").body(Map.of("attributes", List.of("name", "color", "price", "weight", "picture"),
                "attribute_as_label", "name")).patch("/api/rest/v1/families/" + family).then().statusCode(201);
        Api.as("manager").body(Map.of("variant_attribute_sets", List.of(Map.of("level", 1, "axes",
                List.of("color"), "attributes", List.of("picture"))), "labels", Map.of("en_US", "By color")))
                .patch("/api/rest/v1/families/" + family + "/variants/" + variant).then().statusCode(201);

        String page = ui().get("/ui/settings/families/" + family + "/variants/" + variant).asString();
        assertThat(page).contains("id=\"axes-1\"").doesNotContain("name=\"axes_1\"")
                .contains("<option value=\"picture\" selected>");

        Response saved = post("/ui/settings/families/" + family + "/variants/" + variant, "labels.en_US",
                "By colour", "labels.fr_FR", "Par couleur — été", "attributes_1", "price", "attributes_1", "weight");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).contains("/variants/" + variant + "?saved=" + variant);

        Response api = Api.as("viewer").get("/api/rest/v1/families/" + family + "/variants/" + variant);
        assertThat(api.<String>path("labels.fr_FR")).isEqualTo("Par couleur — été");
        assertThat(api.<String>path("labels.en_US")).isEqualTo("By colour");
        assertThat(api.<List<String>>path("variant_attribute_sets[0].axes")).containsExactly("color");
        assertThat(api.<List<String>>path("variant_attribute_sets[0].attributes")).contains("color", "price",
                "weight").doesNotContain("picture");

        Response deleted = post("/ui/settings/families/" + family + "/variants/" + variant + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(ui().get("/ui/settings/families/" + family + "?deleted=" + variant + "&kind=variant").asString())
                .contains("Family variant « " + variant + " » deleted.").doesNotContain("id=\"variant-" + variant);
        Api.as("viewer").get("/api/rest/v1/families/" + family + "/variants/" + variant).then().statusCode(404);
    }

    @Test
    void aCategoryWithChildrenIsKeptAndALeafGoesBackToItsParent() {
        String parent = unique("soldes");
        String child = parent + "_ete";
        Api.as("manager").body(Map.of("code", parent, "parent", "master", "labels", Map.of("fr_FR", "Soldes")))
                .post("/api/rest/v1/categories").then().statusCode(201);
        Api.as("manager").body(Map.of("code", child, "parent", parent, "labels", Map.of("fr_FR", "Soldes d'été")))
                .post("/api/rest/v1/categories").then().statusCode(201);

        Response refused = post("/ui/settings/categories/" + parent + "/delete");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("has sub-categories: delete or move them first.");

        Response deleted = post("/ui/settings/categories/" + child + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).contains("/ui/settings/categories/" + parent + "?deleted=" + child
                + "&kind=category");
        Api.as("viewer").get("/api/rest/v1/categories/" + child).then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/categories/" + parent).then().statusCode(200);
    }

    @Test
    void anAssociationTypeIsDeletedFromItsPage() {
        String type = unique("BUNDLE");
        Api.as("manager").body(Map.of("code", type, "labels", Map.of("en_US", "Bundle", "de_DE", "Bündel")))
                .post("/api/rest/v1/association-types").then().statusCode(201);
        assertThat(ui().get("/ui/settings/association-types/" + type).asString())
                .contains("/ui/settings/association-types/" + type + "/delete");

        assertThat(post("/ui/settings/association-types/" + type + "/delete").statusCode()).isEqualTo(303);
        assertThat(ui().get("/ui/settings/association-types?deleted=" + type + "&kind=association-types")
                .asString()).contains("Association type « " + type + " » deleted.");
        Api.as("viewer").get("/api/rest/v1/association-types/" + type).then().statusCode(404);
    }
}
