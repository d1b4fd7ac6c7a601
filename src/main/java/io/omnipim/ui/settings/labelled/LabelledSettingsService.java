package io.omnipim.ui.settings.labelled;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/** Attribute groups and association types: listed, created and relabelled through the API's structure service. */
@ApplicationScoped
public class LabelledSettingsService {

    private final StructureService structure;
    private final StructureCache cache;
    private final LabelledKinds kinds;
    private final ObjectMapper json;

    public LabelledSettingsService(StructureService structure, StructureCache cache, LabelledKinds kinds,
            ObjectMapper json) {
        this.structure = structure;
        this.cache = cache;
        this.kinds = kinds;
        this.json = json;
    }

    public LabelledPage list(String section, SettingsForm form, String locale, String saved) {
        StructureKind<?> kind = kinds.kind(section);
        List<LabelledPage.Row> rows = structure.page(kind, 1, 10_000).stream().map(o -> row(section, o, locale))
                .sorted(Comparator.comparing(LabelledPage.Row::code)).toList();
        return new LabelledPage(section, null, rows, form, locales(locale), saved);
    }

    private LabelledPage.Row row(String section, Object value, String locale) {
        JsonNode node = json.valueToTree(value);
        String code = node.path("code").asText();
        Map<String, String> labels = json.convertValue(node.path("labels"),
                json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        String detail = LabelledKinds.GROUPS.equals(section)
                ? String.valueOf(node.path("attributes").size())
                : (node.path("is_quantified").asBoolean() ? "quantified" : "")
                        + (node.path("is_two_way").asBoolean() ? "two_way" : "");
        return new LabelledPage.Row(code, Choice.label(labels, locale, code), detail);
    }

    public LabelledPage edit(String section, String code, SettingsForm form, String locale, String saved) {
        StructureKind<?> kind = kinds.kind(section);
        SettingsForm shown = form == null ? SettingsForm.of(structure.get(kind, code), json) : form;
        return new LabelledPage(section, code, List.of(), shown, locales(locale), saved);
    }

    public String create(String section, FormInput input) {
        StructureKind<?> kind = kinds.kind(section);
        Object created = structure.create(kind, LabelledKinds.toJson(section, input, true, labelLocales()));
        return json.valueToTree(created).path("code").asText();
    }

    public void update(String section, String code, FormInput input) {
        StructureKind<?> kind = kinds.kind(section);
        structure.get(kind, code);
        structure.upsert(kind, code, LabelledKinds.toJson(section, input, false, labelLocales()));
    }

    /** Deletes through the API's service ("other" group stays; association types go). */
    public void delete(String section, String code) {
        structure.delete(kinds.kind(section), code);
    }

    private List<Choice> locales(String locale) {
        return Choice.locales(labelLocales(), locale);
    }

    private List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
