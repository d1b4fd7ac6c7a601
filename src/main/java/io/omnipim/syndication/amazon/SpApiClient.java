package io.omnipim.syndication.amazon;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Feeds API 2021-06-30 calls a listings delivery needs, authorised with a Login with Amazon token in
 * {@code x-amz-access-token}. Pre-signed document URLs get no token: they carry their own signature, and the token must
 * not leak to the storage host. Keep one client per connector: it reuses its access token for the hour it is valid.
 */
public final class SpApiClient {

    static final String FEEDS = "/feeds/2021-06-30";
    static final String LISTINGS = "/listings/2021-08-01/items/";
    /** searchListingsItems takes at most this many identifiers per call. */
    public static final int LISTINGS_PAGE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(10);
    private static final String USER_AGENT = "OmniPIM/0.1 (Language=Java/" + Runtime.version().feature() + ")";

    private final AmazonSettings settings;
    private final SpApiHttp http;
    private final LwaTokens tokens;

    public SpApiClient(AmazonSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Clock.systemUTC(),
                Sleeper.SYSTEM);
    }

    public SpApiClient(AmazonSettings settings, HttpClient client, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.http = new SpApiHttp(client, settings.pacing(), sleeper);
        this.tokens = new LwaTokens(settings, http, clock);
    }

    /** The settings this client calls Amazon with (a connector whose settings changed gets a new client). */
    public AmazonSettings settings() {
        return settings;
    }

    /** createFeedDocument: where to upload a feed of {@code contentType}. */
    public FeedDocument createFeedDocument(String contentType) {
        JsonNode body = call("createFeedDocument", "POST", FEEDS + "/documents", Map.of("contentType", contentType));
        return new FeedDocument(body.path("feedDocumentId").asText(), body.path("url").asText(), null);
    }

    /** Uploads the feed file to the document's pre-signed URL (a file, because the storage wants its length). */
    public void upload(FeedDocument document, Path file, String contentType) {
        http.send("the feed upload", "The upload URL may have expired (it lives 5 minutes); the next run retries.",
                () -> {
                    try {
                        return HttpRequest.newBuilder(URI.create(document.url())).timeout(TRANSFER_TIMEOUT)
                                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofFile(file))
                                .build();
                    } catch (FileNotFoundException e) {
                        throw new UncheckedIOException(e);
                    }
                }, null);
    }

    /** createFeed: asks Amazon to process an uploaded document for the connector's marketplace; returns the feed id. */
    public String createFeed(String feedType, String inputFeedDocumentId) {
        JsonNode body = call("createFeed", "POST", FEEDS + "/feeds", Map.of("feedType", feedType, "marketplaceIds",
                List.of(settings.target().marketplaceId()), "inputFeedDocumentId", inputFeedDocumentId));
        return body.path("feedId").asText();
    }

    public FeedStatus getFeed(String feedId) {
        JsonNode body = call("getFeed " + feedId, "GET", FEEDS + "/feeds/" + encode(feedId), null);
        return new FeedStatus(body.path("feedId").asText(feedId), body.path("processingStatus").asText(),
                body.path("resultFeedDocumentId").asText(null));
    }

    public FeedDocument getFeedDocument(String feedDocumentId) {
        JsonNode body = call("getFeedDocument", "GET", FEEDS + "/documents/" + encode(feedDocumentId), null);
        return new FeedDocument(body.path("feedDocumentId").asText(feedDocumentId), body.path("url").asText(),
                body.path("compressionAlgorithm").asText(null));
    }

    /** Downloads a document (the processing report), uncompressed. */
    public InputStream download(FeedDocument document) {
        HttpResponse<byte[]> response = http.send("the processing report download", "",
                () -> HttpRequest.newBuilder(URI.create(document.url())).timeout(TRANSFER_TIMEOUT).GET().build(), null);
        InputStream body = new ByteArrayInputStream(response.body());
        try {
            return document.gzipped() ? new GZIPInputStream(body) : body;
        } catch (IOException e) {
            throw new SpApiException("Amazon's processing report " + document.feedDocumentId() + " says it is GZIP"
                    + " but cannot be uncompressed.", e);
        }
    }

    /**
     * searchListingsItems (Listings Items API 2021-08-01): the attributes Amazon holds for up to 20 SKUs of the
     * connector's seller and marketplace, by SKU; a SKU Amazon does not list is absent.
     */
    public Map<String, JsonNode> searchListings(List<String> skus) {
        if (skus.size() > LISTINGS_PAGE) {
            throw new IllegalArgumentException("searchListingsItems takes at most " + LISTINGS_PAGE + " SKUs");
        }
        Map<String, JsonNode> held = new java.util.LinkedHashMap<>();
        if (skus.isEmpty()) {
            return held;
        }
        String path = LISTINGS + encode(settings.target().sellerId()) + "?marketplaceIds="
                + encode(settings.target().marketplaceId()) + "&identifiers=" + encode(String.join(",", skus))
                + "&identifiersType=SKU&includedData=summaries,attributes&pageSize=" + LISTINGS_PAGE;
        JsonNode body = call("searchListingsItems", "GET", path, null);
        body.path("items").forEach(item -> held.put(item.path("sku").asText(), item.path("attributes")));
        return held;
    }

    private JsonNode call(String operation, String method, String path, Object body) {
        byte[] json;
        try {
            json = body == null ? null : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI uri = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + path);
        HttpResponse<byte[]> response = http.send(operation, "", () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT)
                    .header("x-amz-access-token", tokens.current()).header("Accept", "application/json")
                    .header("User-Agent", USER_AGENT);
            return json == null
                    ? request.GET().build()
                    : request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(json)).build();
        }, tokens::invalidate);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SpApiException("Amazon answered " + operation + " with something that is not JSON.", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
