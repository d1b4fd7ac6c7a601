package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a listing's attributes in Amazon's shape: every attribute an array of objects carrying the
 * {@code marketplace_id}, text ones also the {@code language_tag}; the offer fields grouped into
 * {@code purchasable_offer} and {@code fulfillment_availability}.
 */
final class ListingAttributes {

    private static final Set<String> TEXT = Set.of("item_name", "brand", "manufacturer", "product_description",
            "bullet_point", "generic_keyword", "color", "size", "material", "model_name", "style");
    private static final String IDENTIFIER = "externally_assigned_product_identifier";
    private static final String MAIN_IMAGE = "main_product_image_locator";
    private static final String OTHER_IMAGES = "other_product_image_locator";
    /** Amazon numbers the additional image slots 1 to 8. */
    private static final int IMAGE_SLOTS = 8;

    private final ListingTarget target;

    ListingAttributes(ListingTarget target) {
        this.target = target;
    }

    /** Product attributes (everything but the offer), in the listing's order. */
    void writeProduct(JsonGenerator g, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            List<?> values = values(field.getValue());
            if (AmazonListing.OFFER_FIELDS.contains(name) || values.isEmpty()) {
                continue;
            }
            if (values.get(0) instanceof Map) {
                g.writeFieldName(name);
                g.writeObject(values);
            } else if (OTHER_IMAGES.equals(name)) {
                for (int i = 0; i < Math.min(IMAGE_SLOTS, values.size()); i++) {
                    writeEntries(g, OTHER_IMAGES + "_" + (i + 1), List.of(values.get(i)), "media_location", null);
                }
            } else if (MAIN_IMAGE.equals(name)) {
                writeEntries(g, name, values.subList(0, 1), "media_location", null);
            } else {
                writeEntries(g, name, values, "value", TEXT.contains(name) ? target.languageTag() : null);
            }
        }
    }

    void writeOffer(JsonGenerator g, OfferValues offer) throws IOException {
        if (offer.hasPrice()) {
            g.writeArrayFieldStart("purchasable_offer");
            g.writeStartObject();
            g.writeStringField("audience", "ALL");
            g.writeStringField("currency", target.currency());
            g.writeArrayFieldStart("our_price");
            writeSchedule(g, offer.ourPrice(), null, null);
            g.writeEndArray();
            if (offer.discountedPrice() != null) {
                g.writeArrayFieldStart("discounted_price");
                writeSchedule(g, offer.discountedPrice(), offer.discountStart(), offer.discountEnd());
                g.writeEndArray();
            }
            g.writeStringField("marketplace_id", target.marketplaceId());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (offer.hasAvailability()) {
            // Merchant-fulfilled stock; Amazon scopes it by fulfillment channel, not by marketplace.
            g.writeArrayFieldStart("fulfillment_availability");
            g.writeStartObject();
            g.writeStringField("fulfillment_channel_code", "DEFAULT");
            if (offer.quantity() != null) {
                g.writeNumberField("quantity", offer.quantity());
            }
            if (offer.leadTimeDays() != null) {
                g.writeNumberField("lead_time_to_ship_max_days", offer.leadTimeDays());
            }
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private static void writeSchedule(JsonGenerator g, java.math.BigDecimal value, String start, String end)
            throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("schedule");
        g.writeStartObject();
        if (start != null) {
            g.writeStringField("start_at", start);
        }
        if (end != null) {
            g.writeStringField("end_at", end);
        }
        g.writeNumberField("value_with_tax", value);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeEntries(JsonGenerator g, String name, List<?> values, String key, String languageTag)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (Object value : values) {
            g.writeStartObject();
            if (IDENTIFIER.equals(name)) {
                g.writeStringField("type", identifierType(value.toString()));
            }
            if (value instanceof Number || value instanceof Boolean) {
                g.writeFieldName(key);
                g.writeObject(value);
            } else {
                g.writeStringField(key, value.toString());
            }
            if (languageTag != null) {
                g.writeStringField("language_tag", languageTag);
            }
            g.writeStringField("marketplace_id", target.marketplaceId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** GTIN-12 is a UPC, GTIN-14 a case-level GTIN, the rest (EAN-8, EAN-13) an EAN for Amazon. */
    static String identifierType(String gtin) {
        return switch (gtin.length()) {
            case 12 -> "upc";
            case 14 -> "gtin";
            default -> "ean";
        };
    }

    /** A value as a list without blanks: a single value becomes a one-element list. */
    private static List<?> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !v.toString().isBlank()).toList();
        }
        return value.toString().isBlank() ? List.of() : List.of(value);
    }
}
