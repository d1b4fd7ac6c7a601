package io.omnipim.catalog.structure.family;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/**
 * Family variants: 1 or 2 levels, 1 to 5 axes per level (select, metric or boolean, neither localizable nor
 * scopable). Each level's attributes include its axes; the identifier and unique attributes live on the variant
 * products (the last level), as in Akeneo.
 */
@ApplicationScoped
public class FamilyVariantKind implements StructureKind<FamilyVariant> {

    @Override
    public String name() {
        return "family_variant";
    }

    @Override
    public String label() {
        return "Family variant";
    }

    @Override
    public Class<FamilyVariant> type() {
        return FamilyVariant.class;
    }

    @Override
    public String codeOf(FamilyVariant value) {
        return value.code();
    }

    @Override
    public String parentOf(FamilyVariant value) {
        return value.family();
    }

    @Override
    public FamilyVariant normalize(FamilyVariant v, CatalogStructure catalog) {
        List<FamilyVariant.VariantAttributeSet> sets = new ArrayList<>();
        List<FamilyVariant.VariantAttributeSet> given = Maps.list(v.variantAttributeSets());
        for (int i = 0; i < given.size(); i++) {
            FamilyVariant.VariantAttributeSet s = given.get(i);
            Set<String> attributes = new LinkedHashSet<>(Maps.list(s.axes()));
            attributes.addAll(Maps.list(s.attributes()));
            if (i == given.size() - 1) {
                catalog.attributes().values().stream()
                        .filter(a -> a.isUnique() && familyHas(catalog, v.family(), a.code()))
                        .forEach(a -> attributes.add(a.code()));
            }
            sets.add(new FamilyVariant.VariantAttributeSet(s.level() == null ? i + 1 : s.level(), Maps.list(s.axes()),
                    new ArrayList<>(attributes)));
        }
        return new FamilyVariant(v.code(), v.family(), Maps.clean(v.labels()), sets);
    }

    private static boolean familyHas(CatalogStructure catalog, String family, String attribute) {
        return catalog.family(family).map(f -> f.attributes().contains(attribute)).orElse(false);
    }

    @Override
    public List<FieldError> validate(FamilyVariant v, FamilyVariant previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(v.code(), errors);
        Codes.checkLabels(v.labels(), catalog.locales(), errors);
        Family family = catalog.families().get(v.family());
        if (family == null) {
            errors.add(FieldError.of("family", "The family \"" + v.family() + "\" does not exist."));
            return errors;
        }
        if (previous != null && !previous.family().equals(v.family())) {
            errors.add(FieldError.of("family", "This property cannot be changed."));
        }
        int levels = v.variantAttributeSets().size();
        if (levels < 1 || levels > 2) {
            errors.add(FieldError.of("variant_attribute_sets", "A family variant has 1 or 2 levels."));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels; i++) {
            checkLevel(v.variantAttributeSets().get(i), i + 1, family, catalog, seen, errors);
        }
        if (previous != null && !axes(previous).equals(axes(v))) {
            errors.add(FieldError.of("variant_attribute_sets", "The axes of a family variant cannot be changed."));
        }
        return errors;
    }

    private static List<List<String>> axes(FamilyVariant v) {
        return v.variantAttributeSets().stream().map(FamilyVariant.VariantAttributeSet::axes).toList();
    }

    private static void checkLevel(FamilyVariant.VariantAttributeSet set, int expected, Family family,
            CatalogStructure catalog, Set<String> seen, List<FieldError> errors) {
        String where = "variant_attribute_sets";
        if (set.level() != expected) {
            errors.add(FieldError.of(where, "Levels must be numbered 1 then 2."));
        }
        if (set.axes().isEmpty() || set.axes().size() > 5) {
            errors.add(FieldError.of(where, "Level " + expected + " must have between 1 and 5 axes."));
        }
        for (String axis : set.axes()) {
            Attribute a = catalog.attributes().get(axis);
            if (a == null || !family.attributes().contains(axis)) {
                errors.add(FieldError.of(where, "The axis \"" + axis + "\" is not an attribute of the family."));
            } else if (!a.attributeType().canBeAxis() || a.isLocalizable() || a.isScopable()) {
                errors.add(FieldError.of(where, "The attribute \"" + axis + "\" cannot be an axis: axes are simple"
                        + " select, metric or boolean attributes, neither localizable nor scopable."));
            }
        }
        for (String code : set.attributes()) {
            if (!family.attributes().contains(code)) {
                errors.add(FieldError.of(where, "The attribute \"" + code + "\" is not an attribute of the family."));
            } else if (!seen.add(code)) {
                errors.add(FieldError.of(where, "The attribute \"" + code + "\" is set at more than one level."));
            }
        }
    }

    @Override
    public String deletionBlocker(FamilyVariant v, CatalogStructure catalog, StructureUsage usage) {
        return usage.productModelsOfVariant(v.code()) > 0
                ? "Family variant \"" + v.code() + "\" cannot be deleted: product models use it."
                : null;
    }
}
