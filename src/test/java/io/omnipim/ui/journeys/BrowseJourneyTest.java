package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

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

/** A merchandiser logs in and finds products in the grid, in a real browser. */
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
    void logInAndFindAProductByAnAccentFreePrefix() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.page();
            page.navigate("/ui/products");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ui/login\\?next=.*"));
            browser.screenshot("01-login");
            browser.login(Api.ADMIN, Api.ADMIN_PASSWORD);
            assertThat(page.locator("#product-table")).isVisible();
            browser.screenshot("02-grid");

            page.locator("#q").fill("ecout");
            assertThat(page.locator("#product-table")).containsText("Klangwerk");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=ecout.*"));
            browser.screenshot("03-grid-search");
            browser.assertNoConsoleErrors();
        }
    }
}
