package io.omnipim.catalog.product;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One product to create or update: addressed by identifier (Akeneo's {@code /products}) or uuid
 * ({@code /products-uuid}); {@code expectedVersion} comes from If-Match.
 */
public record ProductCommand(int line, String identifier, UUID uuid, ObjectNode patch, Long expectedVersion) {
}
