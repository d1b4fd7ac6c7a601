package io.omnipim.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The search rows' clients: merchandiser-like searches (a word or word prefix in one locale, two filters, three
 * facets) from several clients at once, and the time from a product's change to the first search that finds it.
 */
final class SearchProbe {

    /** Words and prefixes from the generated names, materials and brands, in the three locales. */
    private static final List<String> WORDS = List.of("cuir", "leder", "leather", "laine", "wolle", "coton",
            "baumwolle", "chauss", "baskets", "sneak", "veste", "jacke", "stiefel", "bottes", "robe", "kleid",
            "lumiere", "elan", "muller", "casque", "noir", "schwarz", "bleu", "blau", "daim", "soie", "seide");
    private static final List<String> LOCALES = List.of("en_US", "fr_FR", "de_DE");
    private static final String FILTERS = "{\"enabled\":[{\"operator\":\"=\",\"value\":true}],"
            + "\"family\":[{\"operator\":\"IN\",\"value\":[\"clothing\",\"shoes\",\"electronics\"]}]}";
    private static final String FACETS = "family,categories,brand";

    /** Measured latencies, the number of failed calls and the first failure. */
    record Samples(List<Double> millis, int errors, String firstError) {

        String errorNote() {
            return errors == 0 ? "" : String.format(Locale.ROOT, "; %d ERRORS (first: %s)", errors, firstError);
        }
    }

    private final PimApi api;

    SearchProbe(PimApi api) {
        this.api = api;
    }

    /** {@code clients} threads, each doing {@code warmUp} unmeasured then {@code perClient} measured searches. */
    Samples searches(int clients, int warmUp, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Samples>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(31 + c);
                futures.add(pool.submit(() -> client(random, warmUp, perClient)));
            }
            List<Double> all = new ArrayList<>();
            int errors = 0;
            String first = null;
            for (Future<Samples> f : futures) {
                Samples s = f.get();
                all.addAll(s.millis());
                errors += s.errors();
                first = first == null ? s.firstError() : first;
            }
            return new Samples(all, errors, first);
        } finally {
            pool.shutdownNow();
        }
    }

    private Samples client(SplittableRandom random, int warmUp, int measured) throws Exception {
        List<Double> millis = new ArrayList<>();
        int errors = 0;
        String first = null;
        for (int i = 0; i < warmUp + measured; i++) {
            String url = searchUrl(WORDS.get(random.nextInt(WORDS.size())),
                    LOCALES.get(random.nextInt(LOCALES.size())));
            long start = System.nanoTime();
            HttpResponse<String> response = api.get(url);
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                errors++;
                first = first == null ? response.statusCode() + " " + abbreviate(response.body()) : first;
            } else if (i >= warmUp) {
                millis.add(ms);
            }
        }
        return new Samples(millis, errors, first);
    }

    static String searchUrl(String q, String locale) {
        return "/api/rest/v1/search/products?q=" + encode(q) + "&locale=" + locale + "&scope=ecommerce&search="
                + encode(FILTERS) + "&facets=" + encode(FACETS) + "&limit=25";
    }

    /**
     * Renames simple products one after the other with a word no other product has, and times from just before
     * the PATCH until a search for that word finds the product ({@code poll} between searches).
     */
    Samples changeToVisible(List<String> simpleSkus, int count, long pollMillis, long timeoutMillis)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        int errors = 0;
        String first = null;
        for (int i = 0; i < count; i++) {
            String sku = simpleSkus.get(i % simpleSkus.size());
            String word = "zqbench" + Integer.toString(i, 36) + "x" + Long.toString(System.nanoTime() % 100_000, 36);
            String body = "{\"values\":{\"name\":[{\"locale\":\"en_US\",\"scope\":null,\"data\":\"Renamed " + word
                    + "\"}]}}";
            long start = System.nanoTime();
            HttpResponse<String> patch = api.patch("/api/rest/v1/products/" + sku, body);
            if (patch.statusCode() != 204) {
                errors++;
                first = first == null ? "PATCH " + patch.statusCode() + " " + abbreviate(patch.body()) : first;
                continue;
            }
            String url = "/api/rest/v1/search/products?q=" + word + "&locale=en_US&limit=5";
            double found = -1;
            while ((System.nanoTime() - start) / 1e6 < timeoutMillis) {
                HttpResponse<String> search = api.get(url);
                if (search.statusCode() == 200 && search.body().contains("\"" + sku + "\"")) {
                    found = (System.nanoTime() - start) / 1e6;
                    break;
                }
                Thread.sleep(pollMillis);
            }
            if (found < 0) {
                errors++;
                first = first == null ? sku + " not found by \"" + word + "\" within " + timeoutMillis + " ms" : first;
            } else {
                millis.add(found);
            }
            Thread.sleep(100);
        }
        return new Samples(millis, errors, first);
    }

    /** Simple (not variant) products among random identifiers: only their names can be changed on their own. */
    List<String> simpleProducts(long products, int wanted) throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(5);
        List<String> skus = new ArrayList<>();
        for (int tries = 0; skus.size() < wanted && tries < wanted * 20; tries++) {
            String sku = "SKU-" + ProductStream.padded(1 + random.nextLong(products), 7);
            HttpResponse<String> response = api.get("/api/rest/v1/products/" + sku);
            if (response.statusCode() == 200) {
                JsonNode product = api.json().readTree(response.body());
                if (product.path("parent").isNull() || product.path("parent").isMissingNode()) {
                    skus.add(sku);
                }
            }
        }
        Collections.shuffle(skus, new java.util.Random(3));
        return skus;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String line = body == null ? "" : body.replace('\n', ' ').replace('|', '/');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
