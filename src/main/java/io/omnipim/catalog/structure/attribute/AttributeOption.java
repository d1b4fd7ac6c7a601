package io.omnipim.catalog.structure.attribute;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One option of a simple or multi select attribute. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttributeOption(String code, String attribute, Integer sortOrder, Map<String, String> labels) {

    public String label(String locale) {
        String label = labels == null ? null : labels.get(locale);
        return label == null ? "[" + code + "]" : label;
    }
}
