package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A merchandiser renames a product, finds the change in its history, and puts the old name back. */
@QuarkusTest
class HistoryJourneyTest {

    static final String SCARF = "MLR-SCF-WOOL";
    static final String OLD_NAME = "Grande écharpe en laine d'agneau";
    static final String NEW_NAME = "Écharpe d'hiver en laine d'agneau";

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
    void theHistoryShowsTheChangeJustMadeAndRestoresTheOldValue() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/" + SCARF + "?channel=ecommerce&locale=fr_FR");
            assertThat(page.locator("#field-name")).hasValue(OLD_NAME);
            page.locator("#field-name").fill(NEW_NAME);
            page.locator("#save-button").click();
            assertThat(page.locator(".success")).isVisible();

            page.locator("#history-link").click();
            Locator latest = page.locator(".history-entry").first();
            assertThat(latest.locator(".who-changed")).hasText(Api.ADMIN);
            Locator row = latest.locator("tr[data-field='name-fr_FR']");
            assertThat(row.locator(".diff-old")).hasText(OLD_NAME);
            assertThat(row.locator(".diff-new")).hasText(NEW_NAME);
            browser.screenshot("25-product-history");

            row.getByText("Restore this value").click();
            assertThat(page.locator("#restored")).containsText("name-fr_FR");
            assertThat(page.locator(".history-entry").first().locator("tr[data-field='name-fr_FR'] .diff-new"))
                    .hasText(OLD_NAME);
            browser.screenshot("26-product-history-restored");

            page.locator("#back-to-form").click();
            page.navigate("/ui/products/" + SCARF + "?channel=ecommerce&locale=fr_FR");
            assertThat(page.locator("#field-name")).hasValue(OLD_NAME);
            browser.assertNoConsoleErrors();
        }
    }
}
