package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A catalog manager shapes the catalog from Settings: a new select attribute with its options, required in the
 * family for one channel through the requirements matrix, and a new category moved under another parent.
 */
@QuarkusTest
class SettingsJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SampleCatalog samples;

    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void samples() {
        UiSamples.ensure(samples, indexer);
    }

    @Test
    void aManagerCreatesASelectAttributeWithOptionsAndRequiresItInAFamily() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/settings");
            assertThat(page).hasURL(Pattern.compile(".*/ui/settings/attributes$"));
            assertThat(page.locator("#attributes")).containsText("color");
            browser.screenshot("40-settings-attributes");
            page.locator("#attribute-filter").fill("mater");
            assertThat(page.locator("#attributes tbody tr")).hasCount(1);

            page.locator("#new-attribute").click();
            page.locator("#f-type").selectOption("pim_catalog_simpleselect");
            assertThat(page.locator("#f-max_characters")).hasCount(0);
            page.locator("#f-code").fill("fabric_finish");
            page.locator("#f-group").selectOption("other");
            page.locator("#f-labels-en_US").fill("Fabric finish");
            page.locator("#f-labels-fr_FR").fill("Finition du tissu");
            page.locator("#attribute-save").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/settings/attributes/fabric_finish\\?saved=fabric_finish$"));
            assertThat(page.locator("#flash")).containsText("fabric_finish");

            addOption(page, "brushed", "Brushed", "Brossé");
            addOption(page, "waxed", "Waxed", "Ciré");
            page.locator("#option-waxed button[value=up]").click();
            assertThat(page.locator("#option-table tbody tr").first()).hasId("option-waxed");
            page.locator("#option-brushed input[name='labels.de_DE']").fill("Gebürstet");
            page.locator("#option-brushed button[type=submit]").first().click();
            assertThat(page.locator("#option-brushed input[name='labels.de_DE']")).hasValue("Gebürstet");
            browser.screenshot("41-settings-attribute-options");

            // into the clothing family, then required for the web shop through the matrix
            page.navigate("/ui/settings/families/clothing");
            page.locator("#f-add").selectOption("fabric_finish");
            page.locator("#family-save").click();
            assertThat(page.locator("#flash")).containsText("clothing");
            assertThat(page.locator("#row-fabric_finish")).isVisible();
            page.locator("#req-ecommerce-fabric_finish").check();
            page.locator("#family-save").click();
            assertThat(page.locator("#flash")).containsText("clothing");
            assertThat(page.locator("#req-ecommerce-fabric_finish")).isChecked();
            assertThat(page.locator("#req-mobile-fabric_finish")).not().isChecked();
            browser.screenshot("43-settings-family-matrix");
            Api.as("admin").get("/api/rest/v1/families/clothing").then().statusCode(200)
                    .body("attribute_requirements.ecommerce", hasItem("fabric_finish"))
                    .body("attribute_requirements.mobile", not(hasItem("fabric_finish")));

            // a new category under Women, then moved under Men
            page.navigate("/ui/settings/categories");
            browser.screenshot("44-settings-categories");
            page.locator("#category-tree a[href='/ui/settings/categories/clothing_women']").click();
            page.locator("#f-child-code").fill("clothing_scarves");
            page.locator("#f-child-en_US").fill("Scarves");
            page.locator("#f-child-fr_FR").fill("Écharpes");
            page.locator("#child-create").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/settings/categories/clothing_scarves\\?saved=.*"));
            assertThat(page.locator("#category-path")).containsText("Women");
            page.locator("#f-parent").selectOption("clothing_men");
            page.locator("#move-button").click();
            assertThat(page.locator("#flash")).containsText("clothing_scarves");
            assertThat(page.locator("#category-path")).containsText("Men");
            assertThat(page.locator("#node-clothing_men #node-clothing_scarves")).isVisible();
            browser.screenshot("45-settings-category-moved");
            Api.as("admin").get("/api/rest/v1/categories/clothing_scarves").then().statusCode(200)
                    .body("parent", equalTo("clothing_men")).body("labels.fr_FR", equalTo("Écharpes"));

            browser.assertNoConsoleErrors();
        }
    }

    private static void addOption(Page page, String code, String english, String french) {
        page.locator("#f-option-code").fill(code);
        page.locator("#f-option-en_US").fill(english);
        page.locator("#f-option-fr_FR").fill(french);
        page.locator("#option-add button[type=submit]").click();
        assertThat(page.locator("#option-" + code)).isVisible();
    }

    @Test
    void aRefusedAttributeShowsTheServiceErrorAtTheField() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/settings/attributes/new");
            page.locator("#f-code").fill("family");
            page.locator("#f-max_characters").fill("900");
            page.locator("#attribute-save").click();
            assertThat(page.locator("#err-code")).containsText("reserved");
            assertThat(page.locator("#err-max_characters")).containsText("between 1 and 255");
            assertThat(page.locator("#f-max_characters")).hasValue("900");
            browser.screenshot("42-settings-attribute-errors");
        }
    }

    @Test
    void everySettingsScreenShowsItsContent() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/settings/attribute-groups");
            assertThat(page.locator("#labelled")).containsText("marketing");
            browser.screenshot("46-settings-attribute-groups");
            page.navigate("/ui/settings/association-types");
            browser.screenshot("47-settings-association-types");
            page.navigate("/ui/settings/channels");
            assertThat(page.locator("#channels")).containsText("marketplaces");
            browser.screenshot("48-settings-channels");
            page.navigate("/ui/settings/channels/mobile");
            assertThat(page.locator("#cur-EUR")).isChecked();
            browser.screenshot("49-settings-channel");
            page.navigate("/ui/settings/locales");
            assertThat(page.locator("#locales tbody tr")).hasCount(3);
            browser.screenshot("50-settings-locales");
            page.navigate("/ui/settings/currencies");
            browser.screenshot("51-settings-currencies");
            page.navigate("/ui/settings/families");
            browser.screenshot("52-settings-families");
            page.navigate("/ui/settings/families/clothing/variants/new");
            browser.screenshot("53-settings-variant-new");
            page.navigate("/ui/settings/attributes/weight");
            browser.screenshot("54-settings-attribute-metric");
            page.navigate("/ui/settings/users");
            browser.screenshot("55-settings-users");

            page.navigate("/ui/settings/connections");
            page.locator("#f-code").fill("erp_sync");
            page.locator("#f-label").fill("ERP synchronisation");
            page.locator("#f-role").selectOption("editor");
            page.locator("#connection-save").click();
            assertThat(page.locator("#client-secret")).not().isEmpty();
            browser.screenshot("56-settings-connection-created");
            page.onDialog(dialog -> dialog.accept());
            page.locator("#connection-erp_sync button").click();
            assertThat(page.locator("#flash")).containsText("erp_sync");
            assertThat(page.locator("#connection-erp_sync")).hasCount(0);
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void aViewerReadsTheSettingsButCannotChangeThem() {
        Api.tokenFor("viewer");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login("test-viewer", Api.PASSWORD).page();
            page.navigate("/ui/settings/attributes/color");
            assertThat(page.locator("#f-group")).isDisabled();
            assertThat(page.locator("#attribute-save")).hasCount(0);
            assertThat(page.locator("#option-add")).hasCount(0);
            assertThat(page.locator(".settings-nav")).not().containsText("Users");
            browser.screenshot("57-settings-viewer");
            String csrf = page.locator("input[name=_csrf]").first().inputValue();
            var refused = page.request().post("/ui/settings/attributes/color",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(
                            com.microsoft.playwright.options.FormData.create().set("_csrf", csrf)
                                    .set("group", "other")));
            org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
            page.navigate("/ui/settings/users");
            assertThat(page.locator("h1")).containsText("not allowed");
        }
    }
}
