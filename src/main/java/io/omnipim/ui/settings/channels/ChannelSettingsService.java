package io.omnipim.ui.settings.channels;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.channel.ChannelKind;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;
import io.omnipim.ui.shell.ContextChoice;

/** Channels: listed, created and changed (locales, currencies, tree) through the API's structure service. */
@ApplicationScoped
public class ChannelSettingsService {

    private final StructureService structure;
    private final ChannelKind kind;
    private final StructureCache cache;
    private final ObjectMapper json;

    public ChannelSettingsService(StructureService structure, ChannelKind kind, StructureCache cache,
            ObjectMapper json) {
        this.structure = structure;
        this.kind = kind;
        this.cache = cache;
        this.json = json;
    }

    public ChannelPage list(String locale, String saved) {
        return page(null, true, SettingsForm.empty(), locale, saved);
    }

    public ChannelPage edit(String code, String locale, String saved) {
        return page(code, false, SettingsForm.of(structure.get(kind, code), json), locale, saved);
    }

    public ChannelPage page(String code, boolean creating, SettingsForm form, String locale, String saved) {
        CatalogStructure catalog = cache.current();
        List<ChannelPage.Row> rows = catalog.channels().values().stream().sorted(Comparator.comparing(Channel::code))
                .map(c -> new ChannelPage.Row(c.code(), Choice.label(c.labels(), locale, c.code()),
                        String.join(", ", c.locales()), String.join(", ", c.currencies()), c.categoryTree()))
                .toList();
        Locale display = locale.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
        List<Choice> locales = catalog.locales().stream()
                .map(l -> new Choice(l, ContextChoice.localeName(l, display) + " (" + l + ")"))
                .sorted(Choice.BY_LABEL).toList();
        List<Choice> currencies = catalog.currencies().values().stream()
                .filter(c -> Boolean.TRUE.equals(c.enabled()) || form.has("currencies", c.code()))
                .map(c -> new Choice(c.code(), c.code() + (c.label() == null ? "" : " – " + c.label())))
                .sorted(Comparator.comparing(Choice::code)).toList();
        List<Choice> trees = catalog.categories().values().stream().filter(c -> c.parent() == null)
                .map(c -> Choice.of(c.code(), c.labels(), locale)).sorted(Choice.BY_LABEL).toList();
        return new ChannelPage(rows, code, creating, form, Choice.locales(labelLocales(), locale), locales,
                currencies, trees, saved);
    }

    public String create(FormInput input) {
        return structure.create(kind, ChannelForm.toJson(input, true, labelLocales())).code();
    }

    /** Deletes through the API's service, which keeps the last channel. */
    public void delete(String code) {
        structure.delete(kind, code);
    }

    /** The channel's page as stored, with the reason its deletion was refused. */
    public ChannelPage deleteRefused(String code, io.omnipim.platform.errors.PimException e, String locale) {
        return page(code, false, edit(code, locale, null).form().refused(e), locale, null);
    }

    public void update(String code, FormInput input) {
        structure.get(kind, code);
        structure.upsert(kind, code, ChannelForm.toJson(input, false, labelLocales()));
    }

    private List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
