package io.omnipim.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import io.omnipim.bulk.samples.SampleCatalog;
import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.ui.Browser;
import io.omnipim.ui.UiSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A merchandiser imports a sample file, watches its progress bar finish, and gets the rejected rows back. */
@QuarkusTest
class ImportJourneyTest {

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
    void importASampleCsvAndWatchTheProgressBarFinish() throws IOException {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/imports");
            page.locator("#import-file").setInputFiles(Path.of("import-samples/products-with-mistakes.csv"));
            page.locator("#import-type").selectOption("products");
            browser.screenshot("12-imports");
            page.locator("#import-form button[type=submit]").click();

            assertThat(page).hasURL(Pattern.compile(".*/ui/imports/[0-9a-f-]{36}$"));
            assertThat(page.locator("#progress [role=progressbar]")).isVisible();
            assertThat(page.locator("#job-status")).hasText("Done",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#job-percent")).hasText("100 %");
            assertThat(page.locator("#progress [role=progressbar]")).hasAttribute("aria-valuenow", "100");
            assertThat(page.locator("#job-errors")).containsText("camping");
            assertThat(page.locator("#job-errors tbody tr").first()).containsText("3");
            browser.screenshot("13-import-done");

            Download download = page.waitForDownload(() -> page.locator("a[href$=rejected]").click());
            String rejected = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(rejected).contains("import_error").contains("NRD-TENT-2P");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void anImportWithoutFileSaysWhatIsMissing() {
        try (Browser browser = Browser.open(base)) {
            Page page = browser.login(Api.ADMIN, Api.ADMIN_PASSWORD).page();
            page.navigate("/ui/imports");
            page.locator("#import-file").evaluate("input => input.removeAttribute('required')");
            page.locator("#import-form button[type=submit]").click();
            assertThat(page.locator("#import-errors")).containsText("Choose a file to import.");
            // the refused form answers 422: the browser logs it, which is expected here
            browser.errors().removeIf(e -> e.contains("422"));
            browser.assertNoConsoleErrors();
        }
    }
}
