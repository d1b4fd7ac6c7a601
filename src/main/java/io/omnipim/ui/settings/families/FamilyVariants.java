package io.omnipim.ui.settings.families;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyKind;
import io.omnipim.catalog.structure.family.FamilyVariantKind;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/** Creates family variants from the family's settings page, through the API's structure service. */
@ApplicationScoped
public class FamilyVariants {

    private final StructureService structure;
    private final FamilyKind families;
    private final FamilyVariantKind kind;
    private final StructureCache cache;

    public FamilyVariants(StructureService structure, FamilyKind families, FamilyVariantKind kind,
            StructureCache cache) {
        this.structure = structure;
        this.families = families;
        this.kind = kind;
        this.cache = cache;
    }

    public VariantPage form(String familyCode, SettingsForm form, String locale) {
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
        return new VariantPage(familyCode, Choice.label(family.labels(), locale, familyCode), form,
                Choice.locales(labelLocales(), locale), axes, attributes);
    }

    public String create(String family, FormInput input) {
        structure.get(families, family);
        return structure.create(kind, VariantForm.toJson(input, family, labelLocales())).code();
    }

    private List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
