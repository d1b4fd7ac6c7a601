package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A merchandiser files a product in a category with the tree, links accessories and a pack to it, and adds a
 * size to a model: each change saved through the form ends up in the catalog.
 */
@QuarkusTest
class ProductLinksJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SampleCatalog samples;

    @Inject
    SearchIndexer indexer;

    @Inject
    ProductReadService products;

    @BeforeEach
    void samples() {
        UiSamples.ensure(samples, indexer);
    }

    private List<String> categories(String identifier) {
        List<String> out = new ArrayList<>();
        products.byIdentifier(identifier, OutputOptions.ALL).body().path("categories")
                .forEach(c -> out.add(c.asText()));
        return out;
    }

    @Test
    void pickACategoryInTheTreeWithTheKeyboardAndSave() {
        String cap = "FLE-CAP-RUN";
        assertThat(categories(cap)).doesNotContain("shoes_running");
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/" + cap + "?channel=ecommerce&locale=en_US");
            assertThat(page.locator("#cat-chosen")).containsText("Master catalog › Clothing › Women");
            assertThat(page.locator("#cat-clothing_women")).isChecked();
            Locator shoes = page.locator("button[aria-controls='cat-shoes-children']");
            assertThat(shoes).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("#cat-shoes_running")).isHidden();

            shoes.focus();
            page.keyboard().press("Enter");
            assertThat(shoes).hasAttribute("aria-expanded", "true");
            page.locator("#cat-shoes_running").focus();
            page.keyboard().press("Space");
            assertThat(page.locator("#dirty-flag")).isVisible();
            browser.screenshot("40-category-tree");
            page.locator("#save-button").click();
            assertThat(page.locator(".success")).isVisible();
            assertThat(page.locator("#cat-chosen")).containsText("Master catalog › Shoes › Running shoes");
            browser.assertNoConsoleErrors();
        }
        assertThat(categories(cap)).contains("shoes_running", "clothing_women", "clothing_men");
    }

    @Test
    void aVariantShowsItsModelsCategoriesLockedInFrench() {
        try (Browser browser = Browser.open(base, 1280, 900, "fr-FR")) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/MLR-TSE-WHT-M?channel=ecommerce&locale=fr_FR");
            page.locator("form.lang button[value=fr_FR]").click();
            try {
                assertThat(page.locator("#cat-title")).hasText("Catégories");
                assertThat(page.locator("#cat-clothing_women")).isChecked();
                assertThat(page.locator("#cat-clothing_women")).isDisabled();
                assertThat(page.locator("#categories")).containsText("du modèle tshirt_essential_white");
                assertThat(page.locator("#assoc-title")).hasText("Associations");
                browser.screenshot("41-category-tree-variant-fr");
            } finally {
                // the language is remembered for the user: the other journeys expect English
                page.locator("form.lang button[value=en_US]").click();
            }
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void addAnAccessoryAndAPackWithItsQuantityThenSave() {
        String buds = "KLW-BUDS-SPORT";
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/" + buds + "?channel=ecommerce&locale=en_US");
            page.locator("#assoc-q-X_SELL").fill("PXL-WATCH2-BLK");
            Locator found = page.locator("#assoc-results-X_SELL li", new Page.LocatorOptions()
                    .setHasText("PXL-WATCH2-BLK"));
            // the search index answers within a few seconds on a busy machine
            assertThat(found).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            found.locator("button").click();
            assertThat(page.locator("#assoc-items-X_SELL")).containsText("PXL-WATCH2-BLK");
            assertThat(page.locator("#assoc-q-X_SELL")).isFocused();

            page.locator("#assoc-q-PACK").fill("FLE-SOCK-RUN");
            Locator sock = page.locator("#assoc-results-PACK li", new Page.LocatorOptions()
                    .setHasText("FLE-SOCK-RUN"));
            assertThat(sock).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            sock.locator("button").click();
            Locator quantity = page.locator("#assoc-items-PACK input.qty");
            assertThat(quantity).hasValue("1");
            quantity.fill("2");
            browser.screenshot("42-associations");
            page.locator("#save-button").click();
            assertThat(page.locator(".success")).isVisible();
            assertThat(page.locator("#assoc-items-X_SELL")).containsText("PXL-WATCH2-BLK");
            browser.assertNoConsoleErrors();
        }
        ObjectNode body = products.byIdentifier(buds, OutputOptions.ALL).body();
        assertThat(body.at("/associations/X_SELL/products").toString()).contains("PXL-WATCH2-BLK");
        JsonNode pack = body.at("/quantified_associations/PACK/products/0");
        assertThat(pack.path("identifier").asText()).isEqualTo("FLE-SOCK-RUN");
        assertThat(pack.path("quantity").asInt()).isEqualTo(2);

        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/products/" + buds + "?channel=ecommerce&locale=en_US");
            page.locator("#assoc-items-X_SELL li", new Page.LocatorOptions().setHasText("PXL-WATCH2-BLK"))
                    .locator("[data-assoc-remove]").click();
            assertThat(page.locator("#dirty-flag")).isVisible();
            page.locator("#save-button").click();
            assertThat(page.locator(".success")).isVisible();
            browser.assertNoConsoleErrors();
        }
        assertThat(products.byIdentifier(buds, OutputOptions.ALL).body().at("/associations/X_SELL/products")
                .toString()).doesNotContain("PXL-WATCH2-BLK");
    }

    @Test
    void createAVariantFromItsModelAndSeeItsInheritedValues() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/product-models/kids_rain_jacket?channel=ecommerce&locale=en_US");
            page.locator("#new-variant").click();
            assertThat(page).hasURL(Pattern.compile(".*/ui/product-models/kids_rain_jacket/variants/new.*"));
            assertThat(page.locator("#siblings")).containsText("NRD-KRJ-YEL-6Y");

            // a size the jacket already has, and an identifier already used
            page.locator("#field-size").selectOption("kids_6y");
            page.locator("#new-code").fill("NRD-KRJ-YEL-4Y");
            page.locator("#create-variant").click();
            assertThat(page.locator("#variant-axes-error")).containsText("NRD-KRJ-YEL-6Y");
            browser.screenshot("43-new-variant-taken");

            page.locator("#field-size").selectOption("kids_12y");
            page.locator("#create-variant").click();
            assertThat(page.locator("#new-code-error")).containsText("NRD-KRJ-YEL-4Y");
            assertThat(page.locator("#new-code")).isFocused();

            page.locator("#new-code").fill("NRD-KRJ-YEL-12Y");
            page.locator("#create-variant").click();
            assertThat(page)
                    .hasURL(Pattern.compile(".*/ui/products/NRD-KRJ-YEL-12Y\\?channel=ecommerce&locale=en_US$"));
            assertThat(page.locator("#field-name")).hasValue("Kids' rain jacket");
            assertThat(page.locator("#row-name .inherited")).containsText("kids_rain_jacket");
            assertThat(page.locator("#field-size")).hasValue("kids_12y");
            browser.screenshot("44-new-variant-opened");
            browser.assertNoConsoleErrors();
        }
        assertThat(products.byIdentifier("NRD-KRJ-YEL-12Y", OutputOptions.ALL).body().path("parent").asText())
                .isEqualTo("kids_rain_jacket");
        assertThat(products.byIdentifier("NRD-KRJ-YEL-4Y", OutputOptions.ALL).body().at("/values/size/0/data")
                .asText()).isEqualTo("kids_4y");
    }
}
