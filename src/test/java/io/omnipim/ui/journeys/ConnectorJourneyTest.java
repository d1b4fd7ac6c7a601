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
 * A merchandiser checks what the Google Shopping connector publishes: runs it, opens a product the channel would
 * reject and jumps to the field to fix; changes a price in the form and sees the feed preview follow.
 */
@QuarkusTest
class ConnectorJourneyTest {

    static final String EARBUDS = "KLW-BUDS-ANC";
    static final String WATCH = "PXL-WATCH2-SLV";

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

    private void change(String identifier, String attribute, String locale, String scope, Object data) {
        ObjectNode patch = json.createObjectNode();
        ObjectNode value = patch.putObject("values").putArray(attribute).addObject();
        value.put("locale", locale).put("scope", scope).set("data", json.valueToTree(data));
        products.upsert(List.of(new ProductCommand(1, identifier, null, patch, null)), Author.SYSTEM).forEach(o -> {
            if (!o.ok()) {
                throw new AssertionError(o.error().getMessage() + " " + o.error().errors());
            }
        });
        UiSamples.drain(indexer);
    }

    @Test
    void openARunWithAnInvalidProductAndJumpToTheFieldToFix() {
        // a description that is only markup: filled for the catalog, but empty once Google's feed strips the HTML
        change(EARBUDS, "description", "fr_FR", "ecommerce", "<p><br></p>");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/connectors");
            assertThat(page.locator("#connectors")).containsText("Google Shopping");
            browser.screenshot("20-connectors");

            page.locator("#connectors a[href='/ui/connectors/google-shopping']").click();
            page.locator("#run-dry").check();
            browser.screenshot("21-connector");
            page.locator("#run-form button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/connectors/google-shopping/runs/[0-9a-f-]{36}$"));
            assertThat(page.locator("#run-status")).hasText("Done",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#run-counts")).containsText("invalid");
            assertThat(page.locator("#run-errors")).containsText(EARBUDS);
            browser.screenshot("22-connector-run");

            page.locator("#run-errors a", new Page.LocatorOptions().setHasText(EARBUDS)).first().click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/products/" + EARBUDS + "\\?channel=ecommerce&locale=fr_FR"
                    + "#field-description$"));
            assertThat(page.locator("#field-description")).isFocused();
            browser.screenshot("23-connector-fix");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void changeAPriceInTheFormAndSeeTheGooglePreviewFollow() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/connectors/google-shopping?product=" + WATCH);
            assertThat(page.locator("#preview-status")).containsText("Valid");
            assertThat(page.locator("#preview-fields tr[data-field=price]")).containsText("279.00 EUR");

            page.navigate("/ui/products/" + WATCH + "?channel=ecommerce&locale=fr_FR");
            page.locator("#field-price").fill("259.00");
            page.locator("#save-button").click();
            assertThat(page.locator(".success")).isVisible();

            page.navigate("/ui/connectors/google-shopping?product=" + WATCH);
            assertThat(page.locator("#preview-fields tr[data-field=price]")).containsText("259.00 EUR");
            browser.screenshot("24-connector-preview");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void aViewerSeesTheRunsWithoutTheRunButton() {
        Api.tokenFor("viewer");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login("test-viewer", Api.PASSWORD).page();
            page.navigate("/ui/connectors/google-shopping");
            assertThat(page.locator("h1")).containsText("Google Shopping");
            assertThat(page.locator("#run-form")).hasCount(0);
            assertThat(page.locator("#runs-title")).isVisible();
            browser.screenshot("29-connector-viewer");
            browser.assertNoConsoleErrors();
        }
    }
}
