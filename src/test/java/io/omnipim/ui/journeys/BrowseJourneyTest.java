package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A merchandiser logs in, switches the screens to French and finds products in the grid. */
@QuarkusTest
class BrowseJourneyTest {

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
    void logInInFrenchAndFindAProductByAnAccentFreePrefix() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.page();
            page.navigate("/ui/products");
            assertThat(page).hasURL(Pattern.compile(".*/ui/login\\?next=.*"));
            browser.screenshot("01-login");
            // an editor of their own: the language chosen is remembered for the user's next logins
            Api.tokenFor("editor");
            browser.login("test-editor", Api.PASSWORD);
            assertThat(page.locator("#product-table")).isVisible();
            browser.screenshot("02-grid");

            page.locator("button[value=fr_FR]").click();
            assertThat(page.locator("h1")).containsText("Produits");
            assertThat(page.locator("#locale")).hasValue("fr_FR");

            page.locator("#q").fill("ecout");
            assertThat(page.locator("#results")).hasAttribute("data-q", "ecout");
            assertThat(page.locator("#product-table tbody tr").first()).containsText("Écouteurs");
            assertThat(page).hasURL(Pattern.compile(".*q=ecout.*"));
            browser.screenshot("03-grid-search-fr");

            page.locator("#product-table tbody tr").first().locator("a").click();
            assertThat(page.locator("h1")).containsText("Écouteurs");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void facetsSortingAndPagingChangeOnlyTheResults() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products");
            page.locator("#f-family-electronics_computer").check();
            assertThat(page.locator("#product-table tbody tr")).hasCount(3);
            assertThat(page).hasURL(Pattern.compile(".*family=electronics_computer.*"));
            assertThat(page.locator("#f-family-electronics_computer")).isFocused();

            page.locator("th a.sort", new Page.LocatorOptions().setHasText("Label")).click();
            assertThat(page.locator("th[aria-sort=ascending]")).containsText("Label");
            assertThat(page.locator("#product-table tbody tr").first()).containsText("Orbiton Air 13");
            page.locator("th a.sort", new Page.LocatorOptions().setHasText("Label")).click();
            assertThat(page.locator("th[aria-sort=descending]")).containsText("Label");
            assertThat(page.locator("#product-table tbody tr").first()).containsText("Orbiton Pro 16");

            page.locator("#f-family-electronics_computer").uncheck();
            assertThat(page.locator("#product-table tbody tr")).hasCount(25);
            page.locator("a[rel=next]").click();
            assertThat(page.locator("#results")).hasAttribute("data-page", "2");
            assertThat(page.locator("a[rel=prev]")).isVisible();
            page.locator("a[rel=prev]").click();
            assertThat(page.locator("#results")).hasAttribute("data-page", "1");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void theDashboardAndTheGridReadWellOnATablet() {
        try (Browser desktop = Browser.open(base)) {
            Page page = desktop.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/dashboard");
            assertThat(page.locator("#dash-products")).not().hasText("0");
            desktop.screenshot("09-dashboard");
            desktop.assertNoConsoleErrors();
        }
        try (Browser tablet = Browser.open(base, 820, 1180, "fr-FR")) {
            Page page = tablet.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products");
            assertThat(page.locator("#product-table")).isVisible();
            tablet.screenshot("10-grid-tablet");
            page.navigate("/ui/products/PXL-WATCH2-SLV");
            assertThat(page.locator("#product-form")).isVisible();
            tablet.screenshot("11-product-tablet");
            tablet.assertNoConsoleErrors();
        }
    }
}
