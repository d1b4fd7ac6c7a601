package io.omnipim.catalog.structure.attribute;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An attribute group: how attributes are grouped on screens. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttributeGroup(String code, Integer sortOrder, List<String> attributes, Map<String, String> labels) {
}
