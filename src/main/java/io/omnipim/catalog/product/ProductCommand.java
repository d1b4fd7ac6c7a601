package io.omnipim.catalog.product;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;

/**
 * One product to create or update: addressed by identifier (Akeneo's {@code /products}) or uuid
 * ({@code /products-uuid}); {@code expectedVersion} comes from If-Match. With {@code createOnly} (a POST) a product
 * that exists already is refused before anything is applied, so it is never written. An import gives its values
 * as {@code values} (prepared from the file's cells) rather than in the patch.
 */
public record ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion,
        boolean createOnly, PreparedValues values) {

    public ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion,
            boolean createOnly) {
        this(line, identifier, uuid, patch, expectedVersion, createOnly, null);
    }

    /** A create-or-update (PATCH, imports). */
    public ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion) {
        this(line, identifier, uuid, patch, expectedVersion, false);
    }
}
