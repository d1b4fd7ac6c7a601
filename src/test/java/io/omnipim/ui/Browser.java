package io.omnipim.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, one browser per test JVM and a fresh context (cookies, storage) per
 * test. Every console error and uncaught page error is collected: {@link #assertNoConsoleErrors()} fails the test
 * on any. Screenshots go to {@code target/ui-screenshots/} for review.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of(System.getProperty("pim.test.build-dir", "target"))
            .resolve("ui-screenshots");
    private static final String CHROMIUM = System.getProperty("pim.test.chromium", "/usr/bin/chromium");
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    private final BrowserContext context;
    private final Page page;
    private final String base;
    private final List<String> errors = new ArrayList<>();

    private Browser(String base, int width, int height, String language) {
        this.base = base;
        this.context = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale(language).setBaseURL(base));
        this.page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add("console: " + m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
    }

    /** A desktop window (1280 × 800) in English. */
    public static Browser open(URL base) {
        return new Browser(origin(base), 1280, 800, "en-US");
    }

    public static Browser open(URL base, int width, int height, String language) {
        return new Browser(origin(base), width, height, language);
    }

    private static String origin(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                chromium.close();
                playwright.close();
            }, "playwright-stop"));
        }
        return chromium;
    }

    public Page page() {
        return page;
    }

    public String base() {
        return base;
    }

    /** Logs in through the form and waits for the page it leads to. */
    public Browser login(String username, String password) {
        page.navigate("/ui/login");
        page.getByLabel("Username").or(page.getByLabel("Nom d'utilisateur")).fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/ui/login"));
        return this;
    }

    /** A full-page screenshot under {@code target/ui-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    public List<String> errors() {
        return errors;
    }

    public void assertNoConsoleErrors() {
        if (!errors.isEmpty()) {
            throw new AssertionError("the browser reported errors:\n" + String.join("\n", errors));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
