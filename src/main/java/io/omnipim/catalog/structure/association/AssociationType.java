package io.omnipim.catalog.structure.association;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A kind of link between products (cross-sell, upsell, pack…). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssociationType(String code, Map<String, String> labels, Boolean isQuantified, Boolean isTwoWay) {
}
