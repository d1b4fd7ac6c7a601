package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A merchandiser exports the clothing family for the French web shop and downloads the file. */
@QuarkusTest
class ExportJourneyTest {

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
    void anExportOfOneFamilyProducesADownloadableFile() throws IOException {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/exports");
            page.locator("#export-type").selectOption("products");
            page.locator("#export-format").selectOption("csv");
            page.locator("#export-family").selectOption("clothing");
            page.locator("#export-scope").selectOption("ecommerce");
            page.locator("#export-locale-fr_FR").check();
            browser.screenshot("27-exports");
            page.locator("#export-form button[type=submit]").click();

            assertThat(page).hasURL(Pattern.compile(".*/ui/exports/[0-9a-f-]{36}$"));
            assertThat(page.locator("#progress [role=progressbar]")).isVisible();
            assertThat(page.locator("#job-status")).hasText("Done",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#progress [role=progressbar]")).hasAttribute("aria-valuenow", "100");
            browser.screenshot("28-export-done");

            Download download = page.waitForDownload(() -> page.locator("#export-download").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).contains("MLR-SCF-WOOL").contains("description-fr_FR-ecommerce")
                    .doesNotContain("KLW-BUDS-ANC").doesNotContain("description-de_DE");
            browser.assertNoConsoleErrors();
        }
    }
}
