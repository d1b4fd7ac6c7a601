package io.omnipim.syndication.amazon;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fake's Listings Items API 2021-08-01, reading what {@link FakeListingsProcessor} holds: getListingsItem
 * ({@code GET /listings/2021-08-01/items/{sellerId}/{sku}}, 404 when not listed) and searchListingsItems
 * ({@code GET /listings/2021-08-01/items/{sellerId}?identifiers=…&identifiersType=SKU}, at most 20 identifiers),
 * with {@code summaries} and {@code attributes}; throttled on demand (429 with the 5 requests/s rate header).
 */
final class FakeListingsApi {

    static final String PATH = "/listings/2021-08-01/items/";

    /** What the fake answers. */
    record Answer(int status, Map<String, String> headers, Object body) {
    }

    private final String sellerId;
    private final FakeListingsProcessor processor;
    final AtomicInteger throttledReads = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();

    FakeListingsApi(String sellerId, FakeListingsProcessor processor) {
        this.sellerId = sellerId;
        this.processor = processor;
    }

    Answer handle(String method, String rest, String rawQuery) {
        Map<String, String> query = query(rawQuery);
        if (throttledReads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(429, Map.of("x-amzn-RateLimit-Limit", "5.0"), "QuotaExceeded",
                    "You exceeded your quota for the requested resource.");
        }
        reads.incrementAndGet();
        String[] parts = rest.split("/", 2);
        if (!method.equals("GET") || !sellerId.equals(parts[0])) {
            return error(400, Map.of(), "InvalidInput", "Invalid sellerId or method.");
        }
        String marketplace = query.getOrDefault("marketplaceIds", "");
        if (marketplace.isEmpty()) {
            return error(400, Map.of(), "InvalidInput", "Missing required marketplaceIds.");
        }
        if (parts.length == 2) {
            JsonNode listing = processor.listing(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            return listing == null
                    ? error(404, Map.of(), "NOT_FOUND", "SKU '" + parts[1] + "' not found in marketplace "
                            + marketplace)
                    : new Answer(200, Map.of(), item(parts[1], marketplace, listing));
        }
        if (!"SKU".equals(query.get("identifiersType")) || query.getOrDefault("identifiers", "").isEmpty()) {
            return error(400, Map.of(), "InvalidInput", "identifiers and identifiersType=SKU are required.");
        }
        String[] skus = query.get("identifiers").split(",");
        if (skus.length > 20) {
            return error(400, Map.of(), "InvalidInput", "At most 20 identifiers are allowed.");
        }
        List<Object> items = new ArrayList<>();
        for (String sku : skus) {
            JsonNode listing = processor.listing(sku);
            if (listing != null) {
                items.add(item(sku, marketplace, listing));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numberOfResults", items.size());
        body.put("pagination", Map.of());
        body.put("items", items);
        return new Answer(200, Map.of(), body);
    }

    private static Map<String, Object> item(String sku, String marketplace, JsonNode attributes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("summaries", List.of(Map.of("marketplaceId", marketplace, "status", List.of("BUYABLE"),
                "itemName", attributes.path("item_name").path(0).path("value").asText())));
        item.put("attributes", attributes);
        return item;
    }

    private static Answer error(int status, Map<String, String> headers, String code, String message) {
        return new Answer(status, headers, Map.of("errors", List.of(Map.of("code", code, "message", message))));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }
}
