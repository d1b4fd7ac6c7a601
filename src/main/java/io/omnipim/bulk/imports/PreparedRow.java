package io.omnipim.bulk.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row converted to the API's standard format, ready to write: its line, its key (identifier or code), body. */
public record PreparedRow(long line, String key, ObjectNode body) {
}
