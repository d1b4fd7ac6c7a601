package io.omnipim.syndication.amazon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Login with Amazon, the Feeds API 2021-06-30 and the pre-signed document storage, following the
 * documented endpoints: tokens that expire, documents uploaded to their URL, feeds that go IN_QUEUE → IN_PROGRESS →
 * DONE over three polls, GZIP processing reports, throttling (429 with Retry-After) and failures on demand; the
 * listings it holds are read back through {@link FakeListingsApi}.
 */
final class FakeSpApi implements AutoCloseable {

    static final String CLIENT_ID = "amzn1.application-oa2-client.5f1e0c5a7b7c4d2e";
    static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.test-secret";
    static final String REFRESH_TOKEN = "Atzr|IwEBIA-test-refresh-token";
    private static final String FEEDS = "/feeds/2021-06-30/";
    private static final Set<String> MARKETPLACES = Set.of(ListingTarget.AMAZON_FR, ListingTarget.AMAZON_DE,
            "A1RKKUPIHCS9HS", "APJ6JRA9NG5V4", "A1F83G8C2ARO7P");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Clock clock;
    private final FakeListingsProcessor processor;
    private final FakeListingsApi listings;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> documentTypes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, FakeFeed> feeds = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger(50014018);
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger deniedCalls = new AtomicInteger();
    volatile boolean tokenSentToStorage;
    private final AtomicInteger throttledCreateFeeds = new AtomicInteger();
    private final AtomicInteger failingGetFeeds = new AtomicInteger();

    FakeSpApi(Clock clock, String sellerId) throws IOException {
        this.clock = clock;
        this.processor = new FakeListingsProcessor(sellerId);
        this.listings = new FakeListingsApi(sellerId, processor);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    AmazonSettings settings(ListingTarget target) {
        return new AmazonSettings(endpoint(), endpoint().resolve("/auth/o2/token"), CLIENT_ID, CLIENT_SECRET,
                REFRESH_TOKEN, target, AmazonSettings.Pacing.DEFAULT);
    }

    FakeListingsProcessor processor() {
        return processor;
    }

    FakeListingsApi listings() {
        return listings;
    }

    void throttleNextCreateFeeds(int count) {
        throttledCreateFeeds.set(count);
    }

    void failNextGetFeeds(int count) {
        failingGetFeeds.set(count);
    }

    void revokeTokens() {
        tokens.clear();
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    /** The feed documents uploaded, in order. */
    List<JsonNode> uploadedFeeds() throws IOException {
        List<JsonNode> uploaded = new ArrayList<>();
        for (FakeFeed feed : feeds.values().stream().sorted((a, b) -> a.id.compareTo(b.id)).toList()) {
            uploaded.add(json.readTree(documents.get(feed.inputDocument)));
        }
        return uploaded;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        calls.add(method + " " + path);
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            if (path.equals("/auth/o2/token") && method.equals("POST")) {
                token(exchange, new String(body, StandardCharsets.UTF_8));
            } else if (path.startsWith("/storage/")) {
                storage(exchange, method, path.substring("/storage/".length()), body);
            } else if (path.startsWith(FakeListingsApi.PATH) && authorised(exchange)) {
                FakeListingsApi.Answer answer = listings.handle(method, path.substring(FakeListingsApi.PATH.length()),
                        exchange.getRequestURI().getRawQuery());
                respond(exchange, answer.status(), answer.headers(), answer.body());
            } else if (!path.startsWith(FEEDS) && !path.startsWith(FakeListingsApi.PATH)) {
                error(exchange, 404, "NotFound", "Resource not found.");
            } else if (!authorised(exchange)) {
                deniedCalls.incrementAndGet();
                error(exchange, 403, "Unauthorized", "Access to requested resource is denied.");
            } else {
                feeds(exchange, method, path.substring(FEEDS.length()), body);
            }
        } catch (RuntimeException e) {
            error(exchange, 500, "InternalFailure", "We encountered an internal error. Please try again.");
        } finally {
            exchange.close();
        }
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            respond(exchange, 401, Map.of(), Map.of("error", "invalid_client", "error_description",
                    "Client authentication failed"));
        } else if (!"refresh_token".equals(form.get("grant_type"))
                || !REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            respond(exchange, 400, Map.of(), Map.of("error", "invalid_grant", "error_description",
                    "The request has an invalid grant parameter : refresh_token"));
        } else {
            String token = "Atza|IwEBI-access-" + tokenRequests.get();
            tokens.put(token, clock.instant().plusSeconds(3600));
            respond(exchange, 200, Map.of(), Map.of("access_token", token, "token_type", "bearer", "expires_in",
                    3600));
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst("x-amz-access-token");
        Instant expiry = token == null ? null : tokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private void storage(HttpExchange exchange, String method, String documentId, byte[] body) throws IOException {
        if (exchange.getRequestHeaders().containsKey("x-amz-access-token")) {
            tokenSentToStorage = true;
        }
        if (method.equals("PUT") && documentTypes.containsKey(documentId)) {
            if (!documentTypes.get(documentId).equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                raw(exchange, 403, "application/xml", "<Error><Code>SignatureDoesNotMatch</Code></Error>");
                return;
            }
            documents.put(documentId, body);
            raw(exchange, 200, "text/plain", "");
        } else if (method.equals("GET") && documents.containsKey(documentId)) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, documents.get(documentId).length);
            exchange.getResponseBody().write(documents.get(documentId));
        } else {
            raw(exchange, 404, "application/xml", "<Error><Code>NoSuchKey</Code></Error>");
        }
    }

    private void feeds(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        if (method.equals("POST") && path.equals("documents")) {
            String id = "amzn1.tortuga.4.eu." + ids.incrementAndGet() + ".T2OXTFLIDLP6LZ";
            documentTypes.put(id, json.readTree(body).path("contentType").asText());
            respond(exchange, 201, Map.of(), Map.of("feedDocumentId", id, "url", storageUrl(id)));
        } else if (method.equals("POST") && path.equals("feeds")) {
            createFeed(exchange, json.readTree(body));
        } else if (method.equals("GET") && path.startsWith("feeds/")) {
            getFeed(exchange, feeds.get(path.substring("feeds/".length())));
        } else if (method.equals("GET") && path.startsWith("documents/")
                && documents.containsKey(path.substring("documents/".length()))) {
            String id = path.substring("documents/".length());
            respond(exchange, 200, Map.of(), Map.of("feedDocumentId", id, "url", storageUrl(id),
                    "compressionAlgorithm", "GZIP"));
        } else {
            error(exchange, 404, "NotFound", "Resource not found.");
        }
    }

    private void createFeed(HttpExchange exchange, JsonNode request) throws IOException {
        if (throttledCreateFeeds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.getResponseHeaders().add("x-amzn-RateLimit-Limit", "0.0083");
            error(exchange, 429, "QuotaExceeded", "You exceeded your quota for the requested resource.");
            return;
        }
        String document = request.path("inputFeedDocumentId").asText();
        List<String> marketplaces = new ArrayList<>();
        request.path("marketplaceIds").forEach(m -> marketplaces.add(m.asText()));
        if (!"JSON_LISTINGS_FEED".equals(request.path("feedType").asText())) {
            error(exchange, 400, "InvalidInput", "Invalid feedType: " + request.path("feedType").asText());
        } else if (marketplaces.isEmpty() || !MARKETPLACES.containsAll(marketplaces)) {
            error(exchange, 400, "InvalidInput", "Invalid marketplaceIds: " + marketplaces);
        } else if (!documents.containsKey(document)) {
            error(exchange, 400, "InvalidInput", "Feed document " + document + " has no content.");
        } else {
            String id = String.valueOf(ids.incrementAndGet());
            feeds.put(id, new FakeFeed(id, document, marketplaces.get(0), clock.instant()));
            respond(exchange, 202, Map.of(), Map.of("feedId", id));
        }
    }

    private void getFeed(HttpExchange exchange, FakeFeed feed) throws IOException {
        if (failingGetFeeds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            error(exchange, 503, "ServiceUnavailable", "Service is temporarily unavailable.");
            return;
        }
        if (feed == null) {
            error(exchange, 404, "NotFound", "The requested feed was not found.");
            return;
        }
        int polls = feed.polls.incrementAndGet();
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("feedId", feed.id);
        view.put("feedType", "JSON_LISTINGS_FEED");
        view.put("marketplaceIds", List.of(feed.marketplaceId));
        view.put("createdTime", feed.created.toString());
        view.put("processingStatus", polls == 1 ? "IN_QUEUE" : polls == 2 ? "IN_PROGRESS" : finish(feed));
        if (polls >= 2) {
            view.put("processingStartTime", feed.created.plusSeconds(20).toString());
        }
        if (feed.result != null) {
            view.put("processingEndTime", feed.created.plusSeconds(95).toString());
            view.put("resultFeedDocumentId", feed.result);
        }
        respond(exchange, 200, Map.of(), view);
    }

    private synchronized String finish(FakeFeed feed) throws IOException {
        if (feed.result == null) {
            FakeListingsProcessor.Outcome outcome = processor.process(feed.id, feed.marketplaceId,
                    documents.get(feed.inputDocument));
            feed.result = "amzn1.tortuga.4.eu." + ids.incrementAndGet() + ".REPORT";
            documents.put(feed.result, gzip(json.writeValueAsBytes(outcome.report())));
            feed.status = outcome.fatal() ? "FATAL" : "DONE";
        }
        return feed.status;
    }

    private String storageUrl(String id) {
        return endpoint() + "/storage/" + id + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300"
                + "&X-Amz-Signature=3b1f0c";
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        respond(exchange, status, Map.of(), Map.of("errors", List.of(Map.of("code", code, "message", message,
                "details", ""))));
    }

    private void respond(HttpExchange exchange, int status, Map<String, String> headers, Object body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        raw(exchange, status, "application/json", json.writeValueAsString(body));
    }

    private static void raw(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("x-amzn-RequestId", "c4a1e2f0-7d1b-4e55-9a3f-0b6f2d9e8a11");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static final class FakeFeed {

        final String id;
        final String inputDocument;
        final String marketplaceId;
        final Instant created;
        final AtomicInteger polls = new AtomicInteger();
        String result;
        String status;

        FakeFeed(String id, String inputDocument, String marketplaceId, Instant created) {
            this.id = id;
            this.inputDocument = inputDocument;
            this.marketplaceId = marketplaceId;
            this.created = created;
        }
    }
}
