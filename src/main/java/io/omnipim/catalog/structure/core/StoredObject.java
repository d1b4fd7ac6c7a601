package io.omnipim.catalog.structure.core;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A structure object as stored: its JSON, version and timestamps. */
public record StoredObject(String kind, String code, ObjectNode data, long version, OffsetDateTime created,
        OffsetDateTime updated) {
}
