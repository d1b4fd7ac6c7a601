package io.omnipim.catalog.product.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One field that changed: its name (flat style, e.g. {@code description-fr_FR-ecommerce}), old and new data. */
public record Change(String field, JsonNode old, @JsonProperty("new") JsonNode current) {
}
