package io.omnipim.syndication.amazon;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One product as the Amazon connector sends it: the connector's mapped fields, named after Amazon's attributes.
 * Values are plain (a String, a number, or a List of Strings for repeated attributes such as {@code bullet_point});
 * {@link ListingsFeedBuilder} puts them in Amazon's shape (arrays of objects with {@code value},
 * {@code language_tag}, {@code marketplace_id}). A value that is already a List of Maps is sent as it is, so a
 * connector can emit any Amazon attribute.
 *
 * <p>
 * Fields with their own shape:
 * <ul>
 * <li>text, tagged with the language: {@code item_name, brand, manufacturer, product_description, bullet_point,
 * generic_keyword, color, size, material, model_name, style}</li>
 * <li>{@code externally_assigned_product_identifier}: the GTIN; its type (ean, upc, gtin) follows its length</li>
 * <li>{@code main_product_image_locator} (URL), {@code other_product_image_locator} (list of up to 8 URLs)</li>
 * <li>offer ({@link #OFFER_FIELDS}): {@code our_price} ("24.90" or "24.90 EUR"), {@code discounted_price} with
 * {@code discounted_price_start_at} / {@code discounted_price_end_at} (ISO dates), {@code quantity},
 * {@code lead_time_to_ship_max_days}; they become {@code purchasable_offer} and {@code fulfillment_availability}</li>
 * <li>anything else: {@code [{value, marketplace_id}]}, e.g. {@code condition_type}, {@code merchant_suggested_asin}
 * </li>
 * </ul>
 *
 * @param sku the seller SKU (the product identifier), at most 40 characters
 * @param productType Amazon product type, e.g. {@code HEADPHONES}, {@code SHIRT}; unused for DELETE
 * @param op what to do
 * @param attributes field name → value, in the order they should be written
 */
public record AmazonListing(String sku, String productType, OperationKind op, Map<String, Object> attributes) {

    /** Fields of the offer: a change limited to these is sent as a {@link OperationKind#PARTIAL_UPDATE}. */
    public static final Set<String> OFFER_FIELDS = Set.of("our_price", "discounted_price", "discounted_price_start_at",
            "discounted_price_end_at", "quantity", "lead_time_to_ship_max_days");

    public AmazonListing {
        Objects.requireNonNull(op, "operation");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(attributes);
    }

    /** The removal of a SKU from Amazon. */
    public static AmazonListing delete(String sku) {
        return new AmazonListing(sku, null, OperationKind.DELETE, Map.of());
    }
}
