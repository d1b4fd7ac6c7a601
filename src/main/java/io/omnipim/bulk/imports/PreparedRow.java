package io.omnipim.bulk.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;

/**
 * A row converted to the API's standard format, ready to write: its line, its key (identifier or code), body, and a
 * product's values when they were prepared apart from the body.
 */
public record PreparedRow(long line, String key, ObjectNode body, PreparedValues values) {

    public PreparedRow(long line, String key, ObjectNode body) {
        this(line, key, body, null);
    }
}
