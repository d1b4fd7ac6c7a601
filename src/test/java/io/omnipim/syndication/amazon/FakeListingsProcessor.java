package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the fake processes a JSON_LISTINGS_FEED: checks the document against the Listings Feed schema v2 (header, message
 * shapes, attributes as arrays of objects with marketplace_id), applies a few of Amazon's catalogue rules with their
 * real error codes, keeps the resulting listings, and writes the processing report (schema v2).
 * <ul>
 * <li>90220: required attribute (item_name, brand) not supplied</li>
 * <li>8602: invalid product identifier (EAN/UPC check digit)</li>
 * <li>8541: the identifier belongs to an ASIN with other data (the EANs in {@link #conflictingEans})</li>
 * <li>18448 WARNING: relevant attribute missing (bullet_point)</li>
 * <li>FATAL: the header names another seller, or the document is not a listings feed</li>
 * </ul>
 */
final class FakeListingsProcessor {

    private final ObjectMapper json = new ObjectMapper();
    private final String sellerId;
    private final Map<String, JsonNode> listings = new ConcurrentHashMap<>();
    final Set<String> conflictingEans = ConcurrentHashMap.newKeySet();

    FakeListingsProcessor(String sellerId) {
        this.sellerId = sellerId;
    }

    record Outcome(boolean fatal, Map<String, Object> report) {
    }

    /** The attributes Amazon holds for a SKU after the feeds so far, or null when not listed. */
    JsonNode listing(String sku) {
        return listings.get(sku);
    }

    /** Changes what Amazon holds for a SKU behind the PIM's back (a price edited in Seller Central…). */
    void edit(String sku, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) listings.get(sku).deepCopy();
        change.accept(copy);
        listings.put(sku, copy);
    }

    /** Removes a listing behind the PIM's back. */
    void forget(String sku) {
        listings.remove(sku);
    }

    Outcome process(String feedId, String marketplaceId, byte[] document) throws IOException {
        JsonNode feed;
        try {
            feed = json.readTree(document);
        } catch (IOException e) {
            return fatal(feedId, "The feed could not be parsed as JSON: " + e.getMessage());
        }
        JsonNode header = feed.path("header");
        if (!sellerId.equals(header.path("sellerId").asText())) {
            return fatal(feedId, "The seller identifier '" + header.path("sellerId").asText() + "' in the feed"
                    + " header does not match the selling partner that submitted the feed.");
        }
        if (!"2.0".equals(header.path("version").asText()) || !feed.path("messages").isArray()
                || feed.path("messages").isEmpty()) {
            return fatal(feedId, "The feed does not conform to the JSON_LISTINGS_FEED schema (version 2.0):"
                    + " header.version and a non-empty messages array are required.");
        }
        boolean french = "fr_FR".equals(header.path("issueLocale").asText());
        List<Map<String, Object>> issues = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Set<Integer> invalid = new HashSet<>();
        for (JsonNode message : feed.path("messages")) {
            int id = message.path("messageId").asInt();
            String sku = message.path("sku").asText();
            List<Map<String, Object>> found = new ArrayList<>();
            if (id < 1 || !seen.add(id)) {
                found.add(issue(id, sku, "4000001", "ERROR", "messageId must be a unique integer from 1.", null));
            }
            found.addAll(check(id, sku, message, marketplaceId, french));
            if (found.stream().anyMatch(i -> "ERROR".equals(i.get("severity")))) {
                invalid.add(id);
            } else {
                apply(sku, message);
            }
            issues.addAll(found);
        }
        long errors = issues.stream().filter(i -> "ERROR".equals(i.get("severity"))).count();
        int processed = feed.path("messages").size();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("header", Map.of("sellerId", sellerId, "version", "2.0", "feedId", feedId));
        report.put("issues", issues);
        report.put("summary", Map.of("errors", errors, "warnings", issues.size() - errors, "messagesProcessed",
                processed, "messagesAccepted", processed - invalid.size(), "messagesInvalid", invalid.size()));
        return new Outcome(false, report);
    }

    private List<Map<String, Object>> check(int id, String sku, JsonNode message, String marketplaceId,
            boolean french) {
        List<Map<String, Object>> found = new ArrayList<>();
        String op = message.path("operationType").asText();
        JsonNode attributes = message.path("attributes");
        if (sku.isEmpty() || !List.of("UPDATE", "PARTIAL_UPDATE", "PATCH", "DELETE").contains(op)) {
            found.add(issue(id, sku, "4000001", "ERROR", "sku and a valid operationType are required.", null));
            return found;
        }
        if (op.equals("DELETE")) {
            if (message.has("productType") || message.has("attributes")) {
                found.add(issue(id, sku, "4000001", "ERROR", "DELETE takes neither productType nor attributes.",
                        null));
            }
            return found;
        }
        if (message.path("productType").asText().isEmpty() || !attributes.isObject() || attributes.isEmpty()) {
            found.add(issue(id, sku, "4000001", "ERROR", op + " requires productType and attributes.", null));
            return found;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> attribute = it.next();
            String shapeProblem = shapeProblem(attribute.getKey(), attribute.getValue(), marketplaceId);
            if (shapeProblem != null) {
                found.add(issue(id, sku, "4000001", "ERROR", shapeProblem, attribute.getKey()));
            }
        }
        if (op.equals("UPDATE")) {
            for (String required : List.of("item_name", "brand")) {
                if (!attributes.has(required)) {
                    found.add(issue(id, sku, "90220", "ERROR", french
                            ? "'[" + required + "]' est obligatoire mais n'a pas été fourni."
                            : "'[" + required + "]' is required but not supplied.", required));
                }
            }
            String ean = attributes.path("externally_assigned_product_identifier").path(0).path("value").asText();
            if (!ean.isEmpty() && !validGtin(ean)) {
                found.add(issue(id, sku, "8602", "ERROR", "The value '" + ean + "' provided for"
                        + " externally_assigned_product_identifier is not a valid EAN: the check digit is wrong.",
                        "externally_assigned_product_identifier"));
            } else if (conflictingEans.contains(ean)) {
                found.add(issue(id, sku, "8541", "ERROR", "The data you submitted for this SKU conflicts with data"
                        + " in the Amazon catalogue for ASIN B0CJ4WXP7K (EAN " + ean + "): item_name and brand"
                        + " differ. Check the identifier or request a new ASIN.", "brand"));
            }
            if (!attributes.has("bullet_point")) {
                found.add(issue(id, sku, "18448", "WARNING", "Attributes tagged as relevant_attributes are"
                        + " incomplete. Provide values for the following attribute(s): bullet_point",
                        "bullet_point"));
            }
        }
        return found;
    }

    /** Schema v2 shape: an array of objects; marketplace-scoped ones name the feed's marketplace. */
    private static String shapeProblem(String name, JsonNode values, String marketplaceId) {
        if (!values.isArray() || values.isEmpty()) {
            return "'" + name + "' must be a non-empty array of objects.";
        }
        for (JsonNode value : values) {
            if (!value.isObject()) {
                return "'" + name + "' must be a non-empty array of objects.";
            }
            boolean scoped = !name.equals("fulfillment_availability");
            if (scoped && !marketplaceId.equals(value.path("marketplace_id").asText())) {
                return "'" + name + "' names marketplace '" + value.path("marketplace_id").asText()
                        + "', not the feed's marketplace " + marketplaceId + ".";
            }
        }
        return null;
    }

    private void apply(String sku, JsonNode message) {
        switch (message.path("operationType").asText()) {
            case "DELETE" -> listings.remove(sku);
            case "UPDATE" -> listings.put(sku, message.path("attributes").deepCopy());
            default -> {
                ObjectNode merged = listings.containsKey(sku)
                        ? (ObjectNode) listings.get(sku).deepCopy()
                        : json.createObjectNode();
                merged.setAll((ObjectNode) message.path("attributes"));
                listings.put(sku, merged);
            }
        }
    }

    private Outcome fatal(String feedId, String message) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("header", Map.of("sellerId", sellerId, "version", "2.0", "feedId", feedId));
        report.put("issues", List.of(Map.of("code", "4000003", "severity", "ERROR", "message", message)));
        report.put("summary", Map.of("errors", 1, "warnings", 0, "messagesProcessed", 0, "messagesAccepted", 0,
                "messagesInvalid", 0));
        return new Outcome(true, report);
    }

    private static Map<String, Object> issue(int messageId, String sku, String code, String severity, String message,
            String attributeName) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("messageId", messageId);
        issue.put("sku", sku);
        issue.put("code", code);
        issue.put("severity", severity);
        issue.put("message", message);
        if (attributeName != null) {
            issue.put("attributeName", attributeName);
        }
        return issue;
    }

    static boolean validGtin(String gtin) {
        if (!gtin.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }
}
