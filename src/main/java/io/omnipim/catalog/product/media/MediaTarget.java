package io.omnipim.catalog.product.media;

/**
 * The value an uploaded file goes to: a product (by identifier) or a product model (by code), and the attribute,
 * locale and scope of the value (locale and scope null for non-localizable, non-scopable attributes).
 */
public record MediaTarget(String identifierOrCode, boolean productModel, String attribute, String locale,
        String scope) {
}
