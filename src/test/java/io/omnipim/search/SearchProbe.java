package io.omnipim.search;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.Products;
import io.restassured.path.json.JsonPath;

/**
 * Search requests for tests, and waiting for the index: each attempt drains the outbox into the index at once
 * (the scheduled indexer would within a second or two), within a bound.
 */
final class SearchProbe {

    static final String PATH = "/api/rest/v1/search/products";
    private static final long WAIT_MS = 15_000;

    private SearchProbe() {
    }

    static JsonPath search(Map<String, ?> params) {
        return Api.as("viewer").queryParams(params).get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** Searches until {@code until} holds (draining the indexer before each try), or fails after 15 s. */
    static JsonPath await(SearchIndexer indexer, Map<String, ?> params, Predicate<JsonPath> until) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        JsonPath last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                indexer.drainNow();
                last = search(params);
                if (until.test(last)) {
                    return last;
                }
            } catch (SQLException | RuntimeException | AssertionError e) {
                // the index may still be building at the start of the suite
            }
            pause(200);
        }
        throw new AssertionError("search " + params + " did not reach the expected state: "
                + (last == null ? "no answer" : last.prettify()));
    }

    /** A search restricted to these identifiers, plus other parameters. */
    static Map<String, Object> only(List<String> identifiers, Object... params) {
        Map<String, Object> out = new HashMap<>();
        out.put("search", "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + String.join("\",\"", identifiers)
                + "\"]}]}");
        for (int i = 0; i < params.length; i += 2) {
            out.put((String) params[i], params[i + 1]);
        }
        return out;
    }

    static List<String> identifiers(JsonPath page) {
        return page.getList("items.identifier", String.class);
    }

    /** A valid, random EAN-13 (check digit computed), unique enough for one test run. */
    static String ean() {
        String body = String.format("%012d", (System.nanoTime() ^ Products.sku("ean").hashCode()) & 0xFFFFFFFFFFL)
                .substring(0, 12);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return body + (10 - sum % 10) % 10;
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
