package io.omnipim.ui.settings.attributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeKind;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/** The attributes screens: list and filter, the create and edit form, through the API's structure service. */
@ApplicationScoped
public class AttributeSettingsService {

    /** More rows than a person reads; the filter narrows it. */
    static final int MAX_ROWS = 500;

    private final StructureService structure;
    private final AttributeKind kind;
    private final StructureCache cache;
    private final AttributeOptions options;
    private final ObjectMapper json;

    public AttributeSettingsService(StructureService structure, AttributeKind kind, StructureCache cache,
            AttributeOptions options, ObjectMapper json) {
        this.structure = structure;
        this.kind = kind;
        this.cache = cache;
        this.options = options;
        this.json = json;
    }

    /** Attributes whose code or label (in the screen's language) contains {@code filter}, by code. */
    public List<AttributeRow> list(String filter, String locale) {
        CatalogStructure catalog = cache.current();
        String wanted = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return catalog.attributes().values().stream().map(a -> row(a, catalog, locale))
                .filter(r -> wanted.isEmpty() || r.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || r.label().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(AttributeRow::code)).limit(MAX_ROWS).toList();
    }

    private static AttributeRow row(Attribute a, CatalogStructure catalog, String locale) {
        var group = catalog.attributeGroups().get(a.group());
        return new AttributeRow(a.code(), Choice.label(a.labels(), locale, a.code()), a.type(),
                group == null ? a.group() : Choice.label(group.labels(), locale, group.code()));
    }

    /** The create form; {@code draft} holds what was typed so far (the type may have just changed). */
    public AttributePage newForm(FormInput draft, String locale) {
        AttributeType type = AttributeType.fromCode(draft.text("type")).orElse(AttributeType.TEXT);
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(draft.values());
        values.putIfAbsent("group", List.of("other"));
        values.put("type", List.of(type.code()));
        return page(true, null, type, SettingsForm.of(values), locale, null);
    }

    public AttributePage edit(String code, String locale, String saved) {
        Attribute a = structure.get(kind, code);
        return page(false, code, a.attributeType(), SettingsForm.of(a, json), locale, saved);
    }

    /** Creates the attribute; answers its code, or the form with the service's errors. */
    public String create(FormInput input) {
        AttributeType type = AttributeType.fromCode(input.text("type")).orElseThrow(() -> PimException
                .unprocessable("Validation failed.", List.of(FieldError.of("type", "Choose a type."))));
        return structure.create(kind, AttributeForm.toJson(input, type, true, labelLocales())).code();
    }

    public void update(String code, FormInput input) {
        Attribute a = structure.get(kind, code);
        structure.upsert(kind, code, AttributeForm.toJson(input, a.attributeType(), false, labelLocales()));
    }

    /** Deletes through the API's service, which refuses while a family or variant relies on the attribute. */
    public void delete(String code) {
        structure.delete(kind, code);
    }

    /** The attribute's page as stored, with the reason its deletion was refused. */
    public AttributePage deleteRefused(String code, PimException e, String locale) {
        Attribute a = structure.get(kind, code);
        return page(false, code, a.attributeType(), SettingsForm.of(a, json).refused(e), locale, null);
    }

    /** The form again after a refused save, with what was typed and the errors. */
    public AttributePage refused(String code, FormInput input, PimException e, String locale) {
        if (code == null) {
            AttributePage draft = newForm(input, locale);
            return page(true, null, AttributeType.fromCode(draft.type()).orElseThrow(), draft.form().refused(e),
                    locale, null);
        }
        Attribute a = structure.get(kind, code);
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(input.values());
        values.put("type", List.of(a.type()));
        return page(false, code, a.attributeType(), SettingsForm.of(values).refused(e), locale, null);
    }

    AttributePage page(boolean creating, String code, AttributeType type, SettingsForm form, String locale,
            String saved) {
        return page(creating, code, type, form, locale, saved, SettingsForm.empty());
    }

    AttributePage page(boolean creating, String code, AttributeType type, SettingsForm form, String locale,
            String saved, SettingsForm optionForm) {
        CatalogStructure catalog = cache.current();
        List<Choice> types = new ArrayList<>();
        for (AttributeType t : AttributeType.values()) {
            if (t != AttributeType.IDENTIFIER || !creating) {
                types.add(new Choice(t.code(), t.code()));
            }
        }
        List<Choice> groups = catalog.attributeGroups().values().stream()
                .map(g -> Choice.of(g.code(), g.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        List<Choice> families = catalog.measurementFamilies().values().stream()
                .map(f -> Choice.of(f.code(), f.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        MeasurementFamily family = catalog.measurementFamilies().get(form.value("metric_family"));
        List<Choice> units = family == null
                ? List.of()
                : family.units().values().stream().map(u -> Choice.of(u.code(), u.labels(), locale)).toList();
        boolean select = type.isSelect() && !creating;
        return new AttributePage(creating, code, type.code(), form, Choice.locales(labelLocales(), locale), types,
                groups, families, units,
                AttributeForm.propertiesOf(type), select, select ? options.rows(code, locale) : List.of(), optionForm,
                saved);
    }

    /** The page with the option form refused (the other values as stored). */
    public AttributePage optionRefused(String code, FormInput input, PimException e, String locale) {
        Attribute a = structure.get(kind, code);
        return page(false, code, a.attributeType(), SettingsForm.of(a, json), locale, null,
                SettingsForm.of(input.values()).refused(e));
    }

    /** The locales whose labels the forms show: the activated ones. */
    public List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
