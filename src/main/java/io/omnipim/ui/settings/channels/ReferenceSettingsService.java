package io.omnipim.ui.settings.channels;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.currency.CurrencyKind;
import io.omnipim.ui.shell.ContextChoice;

/**
 * Locales and currencies, seeded at install: locales are read only (a channel activates them), currencies are
 * activated or deactivated through the API's structure service (which keeps a channel's currencies active).
 */
@ApplicationScoped
public class ReferenceSettingsService {

    private final StructureService structure;
    private final CurrencyKind currencies;
    private final StructureCache cache;

    public ReferenceSettingsService(StructureService structure, CurrencyKind currencies, StructureCache cache) {
        this.structure = structure;
        this.currencies = currencies;
        this.cache = cache;
    }

    /** Locales matching the filter (code or name), activated first. */
    public List<ReferenceRow> locales(String filter, boolean activatedOnly, Locale display) {
        CatalogStructure catalog = cache.current();
        return catalog.locales().stream()
                .map(l -> new ReferenceRow(l, ContextChoice.localeName(l, display),
                        catalog.enabledLocales().contains(l), users(catalog, c -> c.locales().contains(l))))
                .filter(r -> !activatedOnly || r.active()).filter(matches(filter)).sorted(ORDER).toList();
    }

    /** Currencies matching the filter (code or name), activated first. */
    public List<ReferenceRow> currencies(String filter) {
        CatalogStructure catalog = cache.current();
        return catalog.currencies().values().stream()
                .map(c -> new ReferenceRow(c.code(), c.label() == null ? "" : c.label(),
                        Boolean.TRUE.equals(c.enabled()), users(catalog, ch -> ch.currencies().contains(c.code()))))
                .filter(matches(filter)).sorted(ORDER).toList();
    }

    public long activatedLocales() {
        return cache.current().enabledLocales().size();
    }

    /** Activates or deactivates a currency; the service refuses to deactivate one a channel uses. */
    public void activate(String code, boolean active) {
        structure.get(currencies, code);
        structure.upsert(currencies, code, JsonNodeFactory.instance.objectNode().put("enabled", active));
    }

    private static final Comparator<ReferenceRow> ORDER = Comparator.comparing((ReferenceRow r) -> !r.active())
            .thenComparing(ReferenceRow::code);

    private static Predicate<ReferenceRow> matches(String filter) {
        String wanted = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return r -> wanted.isEmpty() || r.code().toLowerCase(Locale.ROOT).contains(wanted)
                || r.name().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String users(CatalogStructure catalog, Predicate<Channel> uses) {
        return String.join(", ", catalog.channels().values().stream().filter(uses).map(Channel::code).toList());
    }
}
