package io.omnipim.ui.settings.families;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyKind;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/** The families screens: list, create, and the family page with its requirements matrix, through the API's service. */
@ApplicationScoped
public class FamilySettingsService {

    private final StructureService structure;
    private final FamilyKind kind;
    private final StructureCache cache;
    private final ObjectMapper json;

    public FamilySettingsService(StructureService structure, FamilyKind kind, StructureCache cache,
            ObjectMapper json) {
        this.structure = structure;
        this.kind = kind;
        this.cache = cache;
        this.json = json;
    }

    public List<FamilyRow> list(String locale) {
        CatalogStructure catalog = cache.current();
        return catalog.families().values().stream()
                .map(f -> new FamilyRow(f.code(), Choice.label(f.labels(), locale, f.code()), f.attributes().size(),
                        catalog.familyVariants().values().stream().filter(v -> f.code().equals(v.family()))
                                .count()))
                .sorted(Comparator.comparing(FamilyRow::code)).toList();
    }

    /** Text and identifier attributes: the ones a new family may take as its label. */
    public List<Choice> labelCandidates(String locale) {
        return cache.current().attributes().values().stream().filter(FamilySettingsService::canLabel)
                .map(a -> Choice.of(a.code(), a.labels(), locale)).sorted(Choice.BY_LABEL).toList();
    }

    private static boolean canLabel(Attribute a) {
        return a.attributeType() == AttributeType.TEXT || a.attributeType() == AttributeType.IDENTIFIER;
    }

    public String create(FormInput input) {
        return structure.create(kind, FamilyForm.toJson(input, true, channels(), labelLocales())).code();
    }

    public void update(String code, FormInput input) {
        structure.get(kind, code);
        structure.upsert(kind, code, FamilyForm.toJson(input, false, channels(), labelLocales()));
    }

    /** Deletes through the API's service, which refuses while products, models or variants depend on it. */
    public void delete(String code) {
        structure.delete(kind, code);
    }

    /** The family's page as stored, with the reason its deletion was refused. */
    public FamilyPage deleteRefused(String code, io.omnipim.platform.errors.PimException e, String locale) {
        return page(code, SettingsForm.of(structure.get(kind, code), json).refused(e), locale, null);
    }

    public FamilyPage page(String code, String locale, String saved) {
        return page(code, SettingsForm.of(structure.get(kind, code), json), locale, saved);
    }

    /** The page again with what was submitted and why it was refused. */
    public FamilyPage refused(String code, FormInput input, io.omnipim.platform.errors.PimException e,
            String locale) {
        structure.get(kind, code);
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(input.values());
        values.put("attributes", FamilyForm.attributes(input));
        return page(code, SettingsForm.of(values).refused(e), locale, null);
    }

    FamilyPage page(String code, SettingsForm form, String locale, String saved) {
        CatalogStructure catalog = cache.current();
        String identifier = catalog.identifierAttribute().code();
        List<Attribute> members = form.all("attributes").stream().map(catalog.attributes()::get)
                .filter(java.util.Objects::nonNull).toList();
        List<FamilyPage.Row> rows = members.stream()
                .map(a -> new FamilyPage.Row(a.code(), Choice.label(a.labels(), locale, a.code()), a.type(),
                        a.code().equals(identifier)))
                .sorted(Comparator.comparing((FamilyPage.Row r) -> !r.identifier()).thenComparing(r -> r.label()
                        .toLowerCase()))
                .toList();
        List<Choice> addable = catalog.attributes().values().stream().filter(a -> !form.has("attributes", a.code()))
                .map(a -> new Choice(a.code(), Choice.label(a.labels(), locale, a.code()) + " (" + a.code() + ")"))
                .sorted(Choice.BY_LABEL).toList();
        List<Choice> labels = members.stream().filter(FamilySettingsService::canLabel)
                .map(a -> Choice.of(a.code(), a.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        List<Choice> images = members.stream().filter(a -> a.attributeType() == AttributeType.IMAGE)
                .map(a -> Choice.of(a.code(), a.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        List<Choice> channels = catalog.channels().values().stream().map(c -> Choice.of(c.code(), c.labels(), locale))
                .toList();
        List<FamilyPage.VariantRow> variants = catalog.familyVariants().values().stream()
                .filter(v -> code.equals(v.family())).sorted(Comparator.comparing(FamilyVariant::code))
                .map(v -> new FamilyPage.VariantRow(v.code(), Choice.label(v.labels(), locale, v.code()),
                        v.variantAttributeSets().stream().map(s -> String.join(", ", s.axes())).toList()))
                .toList();
        return new FamilyPage(code, form, Choice.locales(labelLocales(), locale), channels, rows, addable, labels,
                images, variants, saved);
    }

    public Family family(String code) {
        return structure.get(kind, code);
    }

    List<String> channels() {
        return List.copyOf(cache.current().channels().keySet());
    }

    public List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
