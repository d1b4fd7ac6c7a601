package io.omnipim.catalog.structure.family;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A family: its attributes, label and image attributes, and which attributes each channel requires. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Family(String code, String attributeAsLabel, String attributeAsImage, List<String> attributes,
        Map<String, List<String>> attributeRequirements, Map<String, String> labels) {
}
