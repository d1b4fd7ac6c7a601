package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;

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

/** A merchandiser fills in what a channel is missing, and is warned instead of overwriting a colleague's save. */
@QuarkusTest
class EditJourneyTest {

    static final String LAPTOP = "ORB-AIR14-512";

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

    /** Someone (an import, a colleague) changes the product outside this browser. */
    private void changeElsewhere(String identifier, String attribute, String locale, String scope, Object data) {
        ObjectNode patch = json.createObjectNode();
        ObjectNode value = patch.putObject("values").putArray(attribute).addObject();
        value.put("locale", locale).put("scope", scope).set("data", json.valueToTree(data));
        products.upsert(List.of(new ProductCommand(1, identifier, null, patch, null)), Author.SYSTEM).forEach(o -> {
            if (!o.ok()) {
                throw new AssertionError(o.error().getMessage() + " " + o.error().errors());
            }
        });
    }

    @Test
    void fillInTheMissingFrenchDescriptionForEcommerceAndSeeCompletenessReach100() {
        changeElsewhere(LAPTOP, "description", "fr_FR", "ecommerce", null);
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/" + LAPTOP + "?channel=ecommerce&locale=fr_FR");
            assertThat(page.locator("#completeness-ratio")).not().hasText("100 %");
            assertThat(page.locator("#missing-list")).containsText("Description");
            assertThat(page.locator("#row-description")).hasClass(java.util.regex.Pattern.compile(".*missing.*"));
            browser.screenshot("04-product-missing-description");

            page.locator("#field-description").fill("<p><strong>Léger et endurant.</strong> Un ordinateur de 1,2 kg"
                    + " avec 18 heures d'autonomie, écran 14 pouces et SSD de 512 Go.</p>");
            assertThat(page.locator("#dirty-flag")).isVisible();
            page.keyboard().press("Control+s");
            assertThat(page.locator(".success")).isVisible();
            assertThat(page.locator("#completeness-ratio")).hasText("100 %");
            assertThat(page.locator("#missing-list")).hasCount(0);
            assertThat(page.locator("#dirty-flag")).isHidden();
            browser.screenshot("05-product-complete");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void aColleaguesSaveInBetweenIsReportedInsteadOfOverwritten() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/PXL-FIT-LITE?channel=ecommerce&locale=en_US");
            changeElsewhere("PXL-FIT-LITE", "stock_quantity", null, null, 41);

            page.locator("#field-warranty_months").fill("36");
            page.locator("#save-button").click();
            assertThat(page.locator(".warning")).containsText("Someone else saved this product");
            assertThat(page.locator("#field-warranty_months")).hasValue("36");
            browser.screenshot("06-product-conflict");

            page.locator(".warning a").click();
            assertThat(page.locator("#field-stock_quantity")).hasValue("41");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void aValueTheCatalogRefusesIsShownAtItsField() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/PXL-WATCH2-BLK?channel=ecommerce&locale=en_US");
            page.locator("#field-stock_quantity").fill("-3");
            page.locator("#save-button").click();
            assertThat(page.locator(".alert")).isVisible();
            assertThat(page.locator("#field-stock_quantity-error")).containsText("negative");
            assertThat(page.locator("#field-stock_quantity")).isFocused();
            browser.screenshot("07-product-invalid");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void anUploadedImageBecomesTheProductsImage() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/ORB-PRO16-1TB?channel=ecommerce&locale=en_US");
            String before = page.locator("#field-image-preview").getAttribute("src");
            page.locator("#field-image").setInputFiles(java.nio.file.Path.of(
                    "import-samples/media/orbiton-air-14-silver.png"));
            page.locator("button[form=upload-image]").click();
            assertThat(page.locator(".success")).isVisible();
            assertThat(page.locator("#field-image-preview")).not().hasAttribute("src", before);
            assertThat(page.locator("#field-image-preview")).hasAttribute("src",
                    java.util.regex.Pattern.compile(".*orbiton_air_14_silver.*"));
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void aViewerSeesNoSaveButton() {
        Api.tokenFor("viewer");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login("test-viewer", Api.PASSWORD).page();
            page.navigate("/ui/products/" + LAPTOP + "?channel=ecommerce&locale=en_US");
            assertThat(page.locator("h1")).containsText("Orbiton");
            assertThat(page.locator("#save-button")).hasCount(0);
            assertThat(page.locator("#field-name")).hasAttribute("readonly", "");
            browser.screenshot("08-product-viewer");
            browser.assertNoConsoleErrors();
        }
    }
}
