package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A merchandiser picks 20 products in the grid and puts them in the summer selection in one go. */
@QuarkusTest
class BulkEditJourneyTest {

    static final String CATEGORY = "summer_picks";
    /** Products other journeys look at closely: left alone here. */
    static final Set<String> OTHERS = Set.of("KLW-BUDS-ANC", "MLR-SCF-WOOL", "NRD-TENT-2P", "ORB-AIR14-512",
            "PXL-FIT-LITE", "PXL-WATCH2-SLV");

    @TestHTTPResource("/")
    URL base;

    @Inject
    SampleCatalog samples;

    @Inject
    SearchIndexer indexer;

    @BeforeEach
    void samples() {
        UiSamples.ensure(samples, indexer);
        Api.as("admin").body(Map.of("parent", "master", "labels", Map.of("en_US", "Summer picks", "fr_FR",
                "Sélection d'été", "de_DE", "Sommerauswahl"))).patch("/api/rest/v1/categories/" + CATEGORY).then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 204));
    }

    @Test
    void select20ProductsAddThemToACategoryAndReadTheReport() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products");
            page.locator("#f-type-product").check();
            assertThat(page).hasURL(Pattern.compile(".*type=product.*"));
            assertThat(page.locator("#product-table tbody tr")).hasCount(25);
            assertThat(page.locator("#bulk-form")).isHidden();

            List<String> chosen = new ArrayList<>();
            Locator boxes = page.locator("#product-table tbody input[data-select]");
            for (int i = 0; chosen.size() < 20; i++) {
                String identifier = boxes.nth(i).inputValue();
                if (!OTHERS.contains(identifier)) {
                    boxes.nth(i).check();
                    chosen.add(identifier);
                }
            }
            assertThat(page.locator("#bulk-count")).hasText("20 selected");
            assertThat(page.locator("#select-page")).not().isChecked();
            assertThat(page.locator("#bulk-select-all")).containsText("Select all");

            page.locator("#bulk-action").selectOption("add_categories");
            assertThat(page.locator("#bulk-attribute")).isHidden();
            page.locator("#bulk-cat-" + CATEGORY).check();
            browser.screenshot("40-bulk-bar");
            page.locator("#bulk-apply").click();

            assertThat(page).hasURL(Pattern.compile(".*/ui/bulk-edits/[0-9a-f-]{36}$"));
            assertThat(page.locator("h1")).containsText("Add to categories: Summer picks");
            assertThat(page.locator("#progress [role=progressbar]")).isVisible();
            assertThat(page.locator("#job-status")).hasText("Done",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#progress [role=progressbar]")).hasAttribute("aria-valuenow", "100");
            assertThat(page.locator("#count-updated")).hasText("20 updated");
            assertThat(page.locator("#count-failed")).hasText("0 failed");
            assertThat(page.locator("#job-products")).hasText("20 of 20 products");
            browser.screenshot("41-bulk-report");

            for (String identifier : chosen) {
                List<String> categories = Api.as("viewer").get("/api/rest/v1/products/" + identifier).then()
                        .statusCode(200).extract().jsonPath().getList("categories", String.class);
                assertThat(categories).as(identifier).contains(CATEGORY);
            }
            UiSamples.drain(indexer);
            page.navigate("/ui/products?type=product&categories=" + CATEGORY);
            assertThat(page.locator("#product-table tbody tr")).hasCount(20);
            assertThat(page.locator("#f-categories-" + CATEGORY)).isChecked();
            browser.assertNoConsoleErrors();
        }
    }

    /** The variants of a model take their family from it: the report lists each, linked to its product. */
    @Test
    void inFrenchAllProductsOfASearchAndTheFailuresReport() {
        Api.tokenFor("manager");
        try (Browser browser = Browser.open(base, 1280, 800, "fr-FR")) {
            Page page = browser.login("test-manager", Api.PASSWORD).page();
            page.locator("button[value=fr_FR]").click();
            page.navigate("/ui/products?q=gratwanderer");
            assertThat(page.locator("#results")).hasAttribute("data-products", "6");
            page.locator("#select-page").press("Space");
            assertThat(page.locator("#bulk-count")).hasText("6 sélectionné(s)");
            assertThat(page.locator("#bulk-select-all")).isHidden(); // all of them are on this page
            page.locator("#select-page").press("Space");
            assertThat(page.locator("#bulk-form")).isHidden();
            page.locator("#product-table tbody input[data-select]").first().press("Space");
            assertThat(page.locator("#bulk-count")).hasText("1 sélectionné(s)");
            page.locator("#bulk-select-all").click();
            assertThat(page.locator("#bulk-count")).hasText("Les 6 produits de cette recherche sont sélectionnés");
            assertThat(page.locator("#select-page")).isChecked();
            assertThat(page.locator("#bulk-clear")).isFocused();
            page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).selectOption("change_family");
            page.getByLabel("Nouvelle famille").selectOption("clothing");
            browser.screenshot("42-bulk-bar-fr");
            page.locator("#bulk-apply").click();

            assertThat(page.locator("#job-status")).hasText("Terminé",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#count-failed")).hasText("6 en échec");
            assertThat(page.locator("#count-updated")).hasText("0 modifiés");
            assertThat(page.locator("#bulk-failures tbody tr")).hasCount(6);
            assertThat(page.locator("#bulk-failures tbody tr").first()).containsText("family of a variant product");
            browser.screenshot("43-bulk-report-failures-fr");
            page.locator("#bulk-failures tbody tr a").first().click();
            assertThat(page.locator("#product-form")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/ui/products/ALK-GRM-39.*"));
            page.locator("button[value=en_US]").click();
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void viewersSeeNeitherTheSelectionNorTheBulkBar() {
        Api.tokenFor("viewer");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login("test-viewer", Api.PASSWORD).page();
            page.navigate("/ui/products");
            assertThat(page.locator("#product-table")).isVisible();
            assertThat(page.locator("input[data-select]")).hasCount(0);
            assertThat(page.locator("#bulk-form")).hasCount(0);
            browser.assertNoConsoleErrors();
            assertThat(page.navigate("/ui/bulk-edits/00000000-0000-0000-0000-000000000000").status()).isEqualTo(403);
            browser.errors().clear(); // the refused page is logged by the browser as a failed load
        }
    }
}
