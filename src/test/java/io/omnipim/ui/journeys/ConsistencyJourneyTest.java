package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.catalog.product.ProductCommand;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.platform.security.Author;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A merchandiser publishes the Google feed with a full run, changes a price, and finds the product stale in the
 * connector's consistency report with the price first, linked to its form; the dashboard shows the run.
 */
@QuarkusTest
class ConsistencyJourneyTest {

    static final String SHOE = "FLE-TRX-43";

    @TestHTTPResource("/")
    URL base;

    @Inject
    SampleCatalog samples;

    @Inject
    SearchIndexer indexer;

    @Inject
    ProductWriteService products;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void samples() {
        UiSamples.ensure(samples, indexer);
    }

    /** A new euro price; the dollar price stays (without it the product would be incomplete, so unselected). */
    private void price(String identifier, String euros, String dollars) {
        ObjectNode patch = json.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode data = patch.putObject("values").putArray("price").addObject()
                .putNull("locale").putNull("scope").putArray("data");
        data.addObject().put("amount", euros).put("currency", "EUR");
        data.addObject().put("amount", dollars).put("currency", "USD");
        products.upsert(List.of(new ProductCommand(1, identifier, null, patch, null)), Author.SYSTEM).forEach(o -> {
            if (!o.ok()) {
                throw new AssertionError(o.error().getMessage() + " " + o.error().errors());
            }
        });
        UiSamples.drain(indexer);
    }

    @Test
    void aPriceChangedAfterTheLastFullRunShowsAsStaleWithALinkToTheProduct() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/connectors/google-shopping");
            page.locator("#consistency-link").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/connectors/google-shopping/consistency$"));
            assertThat(page.locator("#consistency-counts")).isVisible();

            // the repair button is the run-now action: a full run delivers everything selected
            if (page.locator("#repair-form").count() > 0) {
                page.locator("#repair-form button").click();
                assertThat(page.locator("#run-status")).hasText("Done",
                        new LocatorAssertions.HasTextOptions().setTimeout(60_000));
                page.navigate("/ui/connectors/google-shopping/consistency");
            }
            assertThat(page.locator("#consistency-ok")).isVisible();
            assertThat(page.locator("#count-stale")).hasText("0");

            price(SHOE, "99.95", "139.95");
            page.navigate("/ui/connectors/google-shopping/consistency");
            assertThat(page.locator("#count-stale")).hasText("1");
            Locator row = page.locator("#stale-products tr[data-product='" + SHOE + "']").first();
            assertThat(row).containsText("price");
            assertThat(row).containsText("129.95 EUR");
            assertThat(row).containsText("99.95 EUR");
            assertThat(page.locator("#repair-form")).isVisible();
            browser.screenshot("45-consistency-stale");

            row.locator("th a").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/products/" + SHOE + "\\?channel=ecommerce&locale=fr_FR$"));
            assertThat(page.locator("#field-price")).hasValue("99.95");

            page.navigate("/ui/dashboard");
            Locator google = page.locator("#connector-health tr[data-connector='google-shopping']");
            assertThat(google).containsText("Done");
            assertThat(page.locator("#dash-index")).isVisible();
            browser.screenshot("46-dashboard-health");
            browser.assertNoConsoleErrors();
        }
    }
}
