package io.omnipim.catalog.structure.attribute;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An attribute in Akeneo's standard format (every property Akeneo returns, nulls included). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Attribute(String code, String type, String group, Boolean unique, Boolean useableAsGridFilter,
        List<String> allowedExtensions, String metricFamily, String defaultMetricUnit, String referenceDataName,
        List<String> availableLocales, Integer maxCharacters, String validationRule, String validationRegexp,
        Boolean wysiwygEnabled, String numberMin, String numberMax, Boolean decimalsAllowed,
        Boolean negativeAllowed, String dateMin, String dateMax, String maxFileSize, Integer minimumInputLength,
        Integer sortOrder, Boolean localizable, Boolean scopable, Map<String, String> labels,
        Map<String, String> guidelines, Boolean autoOptionSorting, Object defaultValue,
        Map<String, String> groupLabels) {

    public boolean isLocalizable() {
        return Boolean.TRUE.equals(localizable);
    }

    public boolean isScopable() {
        return Boolean.TRUE.equals(scopable);
    }

    public boolean isUnique() {
        return Boolean.TRUE.equals(unique);
    }

    public AttributeType attributeType() {
        return AttributeType.fromCode(type).orElse(AttributeType.TEXT);
    }

    public String label(String locale) {
        String label = labels == null ? null : labels.get(locale);
        return label == null ? "[" + code + "]" : label;
    }
}
