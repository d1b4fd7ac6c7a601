package io.omnipim.ui.settings.families;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyKind;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.catalog.structure.family.FamilyVariantKind;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/**
 * Creates, edits and deletes family variants from the family's settings page, through the API's structure service
 * (the same merge as PATCH /families/{family}/variants/{code}).
 */
@ApplicationScoped
public class FamilyVariants {

    private final StructureService structure;
    private final FamilyKind families;
    private final FamilyVariantKind kind;
    private final StructureCache cache;
    private final ObjectMapper json;

    public FamilyVariants(StructureService structure, FamilyKind families, FamilyVariantKind kind,
            StructureCache cache, ObjectMapper json) {
        this.structure = structure;
        this.families = families;
        this.kind = kind;
        this.cache = cache;
        this.json = json;
    }

    public VariantPage form(String familyCode, SettingsForm form, String locale) {
        return page(familyCode, null, form, List.of(), locale, null);
    }

    /** The stored variant's page; a variant of another family is not found here. */
    public VariantPage edit(String familyCode, String code, String locale, String saved) {
        FamilyVariant v = variant(familyCode, code);
        Map<String, List<String>> values = new LinkedHashMap<>(SettingsForm.of(v, json).values());
        for (FamilyVariant.VariantAttributeSet set : v.variantAttributeSets()) {
            values.put("attributes_" + set.level(), set.attributes().stream()
                    .filter(a -> !set.axes().contains(a)).toList());
        }
        return edited(familyCode, v, SettingsForm.of(values), locale, saved);
    }

    /** The page again with what was submitted and why it was refused (a save or a deletion). */
    public VariantPage refused(String familyCode, String code, Map<String, List<String>> values, PimException e,
            String locale) {
        FamilyVariant v = variant(familyCode, code);
        return edited(familyCode, v, values == null
                ? edit(familyCode, code, locale, null).form().refused(e)
                : SettingsForm.of(values).refused(e), locale, null);
    }

    private VariantPage edited(String familyCode, FamilyVariant v, SettingsForm form, String locale, String saved) {
        CatalogStructure catalog = cache.current();
        List<String> axes = v.variantAttributeSets().stream().map(s -> String.join(", ", s.axes().stream()
                .map(a -> catalog.attribute(a).map(x -> Choice.label(x.labels(), locale, a) + " (" + a + ")")
                        .orElse(a))
                .toList())).toList();
        return page(familyCode, v.code(), form, axes, locale, saved);
    }

    private VariantPage page(String familyCode, String code, SettingsForm form, List<String> fixedAxes,
            String locale, String saved) {
        Family family = structure.get(families, familyCode);
        CatalogStructure catalog = cache.current();
        List<Attribute> members = family.attributes().stream().map(catalog.attributes()::get)
                .filter(Objects::nonNull).toList();
        List<Choice> axes = members.stream()
                .filter(a -> a.attributeType().canBeAxis() && !a.isLocalizable() && !a.isScopable())
                .map(a -> Choice.of(a.code(), a.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        List<Choice> attributes = members.stream()
                .map(a -> new Choice(a.code(), Choice.label(a.labels(), locale, a.code()) + " (" + a.code() + ")"))
                .sorted(Choice.BY_LABEL).toList();
        return new VariantPage(familyCode, Choice.label(family.labels(), locale, familyCode), code, form,
                Choice.locales(labelLocales(), locale), axes, attributes, fixedAxes, saved);
    }

    public String create(String family, FormInput input) {
        structure.get(families, family);
        return structure.create(kind, VariantForm.toJson(input, family, labelLocales())).code();
    }

    /** Saves labels and attributes per level; axes stay as stored. */
    public void update(String family, String code, FormInput input) {
        FamilyVariant v = variant(family, code);
        List<List<String>> axes = v.variantAttributeSets().stream().map(FamilyVariant.VariantAttributeSet::axes)
                .toList();
        structure.upsert(kind, code, VariantForm.toPatch(input, axes, labelLocales()));
    }

    /** Deletes through the API's service, which refuses while product models use the variant. */
    public void delete(String family, String code) {
        variant(family, code);
        structure.delete(kind, code);
    }

    private FamilyVariant variant(String family, String code) {
        FamilyVariant v = structure.get(kind, code);
        if (!family.equals(v.family())) {
            throw PimException.notFound("Family variant \"" + code + "\" does not belong to family \"" + family
                    + "\".");
        }
        return v;
    }

    private List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
