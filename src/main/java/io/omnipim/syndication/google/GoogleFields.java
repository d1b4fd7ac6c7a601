package io.omnipim.syndication.google;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.omnipim.syndication.core.FieldRule;

/**
 * The product data specification of Google Merchant Center as rules: required fields, maximum lengths, supported
 * values and formats. Sub-attributes of {@code shipping} are mapped as {@code shipping.country},
 * {@code shipping.price}…
 */
final class GoogleFields {

    /** "15.00 EUR": a number with at most two decimals, a space, an ISO 4217 currency. */
    static final String PRICE = "\\d+(\\.\\d{1,2})? [A-Z]{3}";
    /** Start/end in ISO 8601, at least to the minute, with an offset: "2025-03-01T00:00+0100/2025-03-15T23:59+0100". */
    static final String DATE_RANGE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})"
            + "/\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})";

    static final Map<String, FieldRule> RULES = Map.ofEntries(
            Map.entry("id", FieldRule.mandatory().withMaxLength(50)),
            Map.entry("title", FieldRule.mandatory().withMaxLength(150)),
            Map.entry("description", FieldRule.mandatory().withMaxLength(5000)),
            Map.entry("link", FieldRule.mandatory().withUrl().withMaxLength(2000)),
            Map.entry("image_link", FieldRule.mandatory().withUrl().withMaxLength(2000)),
            Map.entry("additional_image_link", FieldRule.NONE.withUrl().withMaxLength(2000)),
            Map.entry("availability", FieldRule.mandatory()
                    .withAllowed(List.of("in_stock", "out_of_stock", "preorder", "backorder"))),
            Map.entry("price", FieldRule.mandatory().withPattern(PRICE)),
            Map.entry("sale_price", FieldRule.NONE.withPattern(PRICE)),
            Map.entry("sale_price_effective_date", FieldRule.NONE.withPattern(DATE_RANGE)),
            Map.entry("brand", FieldRule.NONE.withMaxLength(70)), Map.entry("gtin", FieldRule.NONE.withGtin()),
            Map.entry("mpn", FieldRule.NONE.withMaxLength(70)),
            Map.entry("identifier_exists", FieldRule.NONE.withAllowed(List.of("yes", "no"))),
            Map.entry("condition", FieldRule.NONE.withAllowed(List.of("new", "refurbished", "used"))),
            Map.entry("item_group_id", FieldRule.NONE.withMaxLength(50)),
            Map.entry("product_type", FieldRule.NONE.withMaxLength(750)),
            Map.entry("color", FieldRule.NONE.withMaxLength(100)), Map.entry("size", FieldRule.NONE.withMaxLength(100)),
            Map.entry("gender", FieldRule.NONE.withAllowed(List.of("male", "female", "unisex"))),
            Map.entry("age_group",
                    FieldRule.NONE.withAllowed(List.of("newborn", "infant", "toddler", "kids", "adult"))),
            Map.entry("shipping.price", FieldRule.NONE.withPattern(PRICE)),
            Map.entry("shipping.country", FieldRule.NONE.withPattern("[A-Z]{2}")));

    static final Set<String> KNOWN = Set.of("id", "title", "description", "link", "image_link",
            "additional_image_link", "mobile_link", "availability", "availability_date", "expiration_date", "price",
            "sale_price", "sale_price_effective_date", "cost_of_goods_sold", "unit_pricing_measure",
            "unit_pricing_base_measure", "google_product_category", "product_type", "brand", "gtin", "mpn",
            "identifier_exists", "condition", "adult", "multipack", "is_bundle", "age_group", "color", "gender",
            "material", "pattern", "size", "size_type", "size_system", "item_group_id", "product_length",
            "product_width", "product_height", "product_weight", "product_detail", "product_highlight",
            "shipping_label", "shipping_weight", "shipping_length", "shipping_width", "shipping_height",
            "max_handling_time", "min_handling_time", "transit_time_label", "tax_category", "custom_label_0",
            "custom_label_1", "custom_label_2", "custom_label_3", "custom_label_4", "promotion_id",
            "excluded_destination", "included_destination", "shopping_ads_excluded_country", "ads_redirect",
            "lifestyle_image_link", "energy_efficiency_class", "pause", "shipping.country", "shipping.region",
            "shipping.service", "shipping.price", "shipping.min_handling_time", "shipping.max_handling_time",
            "shipping.min_transit_time", "shipping.max_transit_time");

    /** RSS's own item elements, written without the g: prefix. */
    static final Set<String> RSS_ELEMENTS = Set.of("title", "link", "description");

    private GoogleFields() {
    }
}
