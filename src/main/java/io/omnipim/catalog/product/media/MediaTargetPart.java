package io.omnipim.catalog.product.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.PimException;

/**
 * Reads the "product" or "product_model" form part: a JSON string like {@code {"identifier":"sku-1",
 * "attribute":"picture","scope":null,"locale":null}} ("code" instead of "identifier" for a product model). As in
 * Akeneo, locale and scope must be present even when null.
 */
final class MediaTargetPart {

    private MediaTargetPart() {
    }

    static MediaTarget read(ObjectMapper json, String part, boolean productModel) {
        JsonNode node;
        try {
            node = json.readTree(part);
        } catch (JsonProcessingException e) {
            throw PimException.badRequest("Invalid json message received");
        }
        String key = productModel ? "code" : "identifier";
        if (node == null || !node.isObject() || !text(node, key) || !text(node, "attribute")
                || !nullableText(node, "locale") || !nullableText(node, "scope")) {
            throw new PimException(422, productModel
                    ? "Product model property must contain \"code\", \"attribute\", \"locale\" and \"scope\" properties."
                    : "Product property must contain \"identifier\", \"attribute\", \"locale\" and \"scope\""
                            + " properties.");
        }
        return new MediaTarget(node.get(key).textValue(), productModel, node.get("attribute").textValue(),
                node.get("locale").textValue(), node.get("scope").textValue());
    }

    private static boolean text(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).isTextual();
    }

    private static boolean nullableText(JsonNode node, String field) {
        return node.has(field) && (node.get(field).isNull() || node.get(field).isTextual());
    }
}
