package io.omnipim.syndication.amazon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One product's change waiting to go into an Amazon feed, with what the syndication state needs once Amazon
 * accepted it. The SKU is the product identifier.
 *
 * @param fields the connector's mapped fields (Amazon attribute names, plus {@code product_type}); empty for DELETE
 * @param hash the payload hash recorded once accepted (null for DELETE)
 */
record SpooledListing(UUID product, String sku, OperationKind op, String hash, Map<String, Object> fields) {

    /** The target that names Amazon's product type; it is not an attribute. */
    static final String PRODUCT_TYPE = "product_type";

    SpooledListing {
        fields = fields == null ? Map.of() : fields;
    }

    AmazonListing listing() {
        if (op == OperationKind.DELETE) {
            return AmazonListing.delete(sku);
        }
        Map<String, Object> attributes = new LinkedHashMap<>(fields);
        Object type = attributes.remove(PRODUCT_TYPE);
        return new AmazonListing(sku, type == null ? null : type.toString(), op, attributes);
    }
}
