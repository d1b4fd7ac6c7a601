package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Amazon's listing attributes back into the connector's field names (the reverse of
 * {@link ListingAttributes}): {@code item_name} from {@code [{value, language_tag, marketplace_id}]},
 * {@code our_price} and {@code discounted_price} from {@code purchasable_offer}, {@code quantity} and
 * {@code lead_time_to_ship_max_days} from {@code fulfillment_availability}, the numbered image slots as one list. The
 * catalog's side goes through the writer and this reader too, so both compare in the same form ("24.90" and 24.9
 * are the same price).
 */
final class ListingReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_IMAGES = "other_product_image_locator";

    private ListingReader() {
    }

    /** The fields Amazon holds, by the connector's target names. */
    static Map<String, Object> fields(JsonNode attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<Integer, String> images = new TreeMap<>();
        attributes.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode values = e.getValue();
            if (name.equals("purchasable_offer")) {
                offer(values.path(0), out);
            } else if (name.equals("fulfillment_availability")) {
                text(values.path(0).get("quantity"), "quantity", out);
                text(values.path(0).get("lead_time_to_ship_max_days"), "lead_time_to_ship_max_days", out);
            } else if (name.startsWith(OTHER_IMAGES + "_")) {
                images.put(slot(name), values.path(0).path("media_location").asText());
            } else if (name.equals("main_product_image_locator")) {
                out.put(name, values.path(0).path("media_location").asText());
            } else {
                out.put(name, values(values));
            }
        });
        if (!images.isEmpty()) {
            out.put(OTHER_IMAGES, new ArrayList<>(images.values()));
        }
        return out;
    }

    /** What Amazon would hold for this listing once accepted, in the form {@link #fields} reads. */
    static Map<String, Object> expected(AmazonListing listing, ListingTarget target) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(text)) {
            ListingAttributes writer = new ListingAttributes(target);
            g.writeStartObject();
            writer.writeProduct(g, listing.attributes());
            writer.writeOffer(g, OfferValues.read(listing.sku(), listing.attributes(), target.currency(),
                    new ArrayList<>()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return fields(JSON.readTree(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void offer(JsonNode offer, Map<String, Object> out) {
        price(offer.path("our_price").path(0).path("schedule").path(0), "our_price", out);
        JsonNode discount = offer.path("discounted_price").path(0).path("schedule").path(0);
        price(discount, "discounted_price", out);
        text(discount.get("start_at"), "discounted_price_start_at", out);
        text(discount.get("end_at"), "discounted_price_end_at", out);
    }

    private static void price(JsonNode schedule, String name, Map<String, Object> out) {
        JsonNode value = schedule.get("value_with_tax");
        if (value != null && !value.isNull()) {
            BigDecimal amount = new BigDecimal(value.asText()).stripTrailingZeros();
            out.put(name, (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString());
        }
    }

    private static void text(JsonNode value, String name, Map<String, Object> out) {
        if (value != null && !value.isNull()) {
            out.put(name, value.asText());
        }
    }

    /** One value as text, several as a list; entries without a {@code value} are kept as Amazon wrote them. */
    private static Object values(JsonNode values) {
        List<Object> out = new ArrayList<>();
        for (JsonNode v : values) {
            out.add(v.has("value") ? v.get("value").asText() : JSON.convertValue(v, Map.class));
        }
        return out.size() == 1 ? out.get(0) : out;
    }

    private static int slot(String name) {
        try {
            return Integer.parseInt(name.substring(OTHER_IMAGES.length() + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
