package io.omnipim.catalog.structure.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A product group (Akeneo's {@code groups} of a product): products sold or shown together, such as a promotion or
 * a collection. {@code type} is a free code, {@code RELATED} unless told.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductGroup(String code, String type, Map<String, String> labels) {
}
