package io.omnipim.ui.product;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.family.FamilyVariant;

/**
 * Which level owns each attribute of a product or model: itself, its parent model, or the root model, from the
 * family variant's attribute sets (Akeneo's rule: attributes not listed at a level belong to the root model).
 *
 * @param level the level of the product or model shown: 0 root model, 1 sub-model, 2 variant of a 2-level variant
 * @param lineage the models above it, nearest first
 */
record Ownership(FamilyVariant variant, int level, List<String> lineage, String identifierAttribute) {

    static final Ownership SIMPLE = new Ownership(null, 0, List.of(), null);

    /** A variant product below {@code lineage} (parent first). */
    static Ownership ofProduct(CatalogStructure catalog, String familyVariant, List<String> lineage) {
        FamilyVariant fv = familyVariant == null ? null : catalog.familyVariants().get(familyVariant);
        if (fv == null || lineage.isEmpty()) {
            return SIMPLE;
        }
        return new Ownership(fv, fv.levels(), lineage, catalog.identifier().map(a -> a.code()).orElse(null));
    }

    /** A product model: level 0 (root) or 1 (sub-model). */
    static Ownership ofModel(CatalogStructure catalog, String familyVariant, List<String> lineage) {
        FamilyVariant fv = familyVariant == null ? null : catalog.familyVariants().get(familyVariant);
        return fv == null ? SIMPLE : new Ownership(fv, lineage.size(), lineage, null);
    }

    /** Whether the attribute is shown at this level: a model does not show its variants' attributes. */
    boolean shown(String attribute) {
        return variant == null || levelOf(attribute) <= level;
    }

    /** The code of the model that owns {@code attribute}, or null when the shown product or model owns it. */
    String owner(String attribute) {
        if (variant == null) {
            return null;
        }
        int owning = levelOf(attribute);
        if (owning == level) {
            return null;
        }
        // lineage.get(0) is one level up, the last entry is the root
        int up = level - owning;
        return up >= 1 && up <= lineage.size() ? lineage.get(up - 1) : null;
    }

    /** The level an attribute is set at: 0 for the root model, else the level of its attribute set. */
    private int levelOf(String attribute) {
        if (attribute.equals(identifierAttribute)) {
            return variant.levels();
        }
        for (int l = 1; l <= variant.levels(); l++) {
            FamilyVariant.VariantAttributeSet set = variant.level(l);
            Set<String> codes = new HashSet<>();
            if (set.axes() != null) {
                codes.addAll(set.axes());
            }
            if (set.attributes() != null) {
                codes.addAll(set.attributes());
            }
            if (codes.contains(attribute)) {
                return l;
            }
        }
        return 0;
    }
}
