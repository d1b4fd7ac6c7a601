package io.omnipim.catalog.structure.family;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a family's products vary: one or two levels, each with its axes and the attributes set at that level.
 * Attributes not listed at any level belong to the root product model.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FamilyVariant(String code, String family, Map<String, String> labels,
        List<VariantAttributeSet> variantAttributeSets) {

    /** One level of variation. */
    public record VariantAttributeSet(Integer level, List<String> axes, List<String> attributes) {
    }

    public int levels() {
        return variantAttributeSets == null ? 0 : variantAttributeSets.size();
    }

    /** The attribute set of a level (1-based), or null. */
    public VariantAttributeSet level(int level) {
        if (variantAttributeSets == null) {
            return null;
        }
        return variantAttributeSets.stream().filter(s -> s.level() != null && s.level() == level).findFirst()
                .orElse(null);
    }
}
