package io.omnipim.catalog.product;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One product to create or update: addressed by identifier (Akeneo's {@code /products}) or uuid
 * ({@code /products-uuid}); {@code expectedVersion} comes from If-Match. With {@code createOnly} (a POST) a product
 * that exists already is refused before anything is applied, so it is never written.
 */
public record ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion,
        boolean createOnly) {

    /** A create-or-update (PATCH, imports). */
    public ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion) {
        this(line, identifier, uuid, patch, expectedVersion, false);
    }
}
