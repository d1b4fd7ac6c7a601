package io.omnipim.catalog.product;

import java.util.UUID;

import io.omnipim.platform.errors.PimException;

/**
 * What happened to one command: 201 created, 204 updated ({@code changed}) or unchanged, or an error (412, 422).
 */
public record ProductOutcome(int line, String identifier, UUID uuid, int status, long version, PimException error,
        boolean changed) {

    public boolean ok() {
        return error == null;
    }
}
