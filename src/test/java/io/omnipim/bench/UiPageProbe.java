package io.omnipim.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times admin UI pages one request at a time, as one user clicking through them: a few warm-up requests per page
 * (JIT, caches), then up to {@code requests} measured ones, or fewer when a slow page uses up its time budget.
 * Times are taken in this JVM from sending the request to the last byte of the page, on localhost: an upper bound
 * of the server's time.
 */
final class UiPageProbe {

    /** One page of the table; {@code url} may draw a new product for each request. */
    record Page(String row, String what, Supplier<String> url) {
    }

    /**
     * Where the grid's walk ended: the URL of the last page that answered, its number (1-based), and why the walk
     * stopped before the target page (null when it got there or the grid had no more pages).
     */
    record Deep(String url, int page, String stopped) {
    }

    private static final Pattern ERROR_PAGE = Pattern.compile("<h1>(.*?)</h1>\\s*<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    private final UiSession ui;
    private final int warmUp;
    private final int requests;
    private final Duration budget;

    UiPageProbe(UiSession ui, int warmUp, int requests, Duration budget) {
        this.ui = ui;
        this.warmUp = warmUp;
        this.requests = requests;
        this.budget = budget;
    }

    /** Follows the grid's "next" link from {@code first} until page {@code target} or the last page. */
    Deep walk(String first, int target) throws IOException, InterruptedException {
        String url = first;
        HttpResponse<String> response = expectPage(url);
        int page = 1;
        while (page < target) {
            Matcher next = NEXT.matcher(response.body());
            if (!next.find()) {
                return new Deep(url, page, null);
            }
            String nextUrl = next.group(1).replace("&amp;", "&");
            HttpResponse<String> nextPage = ui.get(nextUrl);
            if (nextPage.statusCode() != 200) {
                // a user clicking "next" gets this too: the table must show it, and the deepest page that works
                return new Deep(url, page, String.format(Locale.ROOT, "its \"next\" link to page %d answered HTTP "
                        + "%d (URL of %,d characters)", page + 1, nextPage.statusCode(), nextUrl.length()));
            }
            url = nextUrl;
            response = nextPage;
            page++;
        }
        return new Deep(url, page, null);
    }

    Row time(Page page) throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            ui.get(page.url().get());
        }
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        int errors = 0;
        String firstError = null;
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < requests && (i == 0 || System.nanoTime() < deadline); i++) {
            String url = page.url().get();
            long start = System.nanoTime();
            HttpResponse<String> response = ui.get(url);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() == 200) {
                millis.add(elapsed);
                bytes += response.body().length();
            } else if (errors++ == 0) {
                firstError = response.statusCode() + " " + url.substring(0, Math.min(url.length(), 200)) + " "
                        + said(response.body());
            }
        }
        String errorNote = errors == 0 ? "" : String.format(Locale.ROOT, "; %d errors, first: %s", errors, firstError);
        if (millis.isEmpty()) {
            return new Row(page.row(), null, "ms", "FAILED: every request failed" + errorNote);
        }
        int asked = millis.size() + errors;
        String cut = asked < requests
                ? String.format(Locale.ROOT, "; stopped after %d of %d requests: %d s budget (bench.ui-page-seconds)",
                        asked, requests, budget.toSeconds())
                : "";
        return new Row(page.row(), Stats.of(millis), "ms", String.format(Locale.ROOT, "%s; %d warm-up + %d "
                + "sequential GETs, pages of %.0f KB%s%s", page.what(), warmUp, asked, bytes / 1024.0 / millis.size(),
                cut, errorNote));
    }

    /** What an error page says (its heading and first paragraph), or the first line of another answer. */
    static String said(String body) {
        Matcher page = ERROR_PAGE.matcher(body);
        String text = page.find() ? page.group(1) + ": " + page.group(2) : body.lines().findFirst().orElse("");
        return text.replaceAll("<[^>]*>", "").replace('|', '/').trim();
    }

    private HttpResponse<String> expectPage(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = ui.get(url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url.substring(0, Math.min(url.length(), 200)) + " answered "
                    + response.statusCode());
        }
        return response;
    }
}
