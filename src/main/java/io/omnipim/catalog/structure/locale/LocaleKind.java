package io.omnipim.catalog.structure.locale;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.platform.errors.FieldError;

/** Locales: seeded at install, read only; a locale is enabled while a channel uses it. */
@ApplicationScoped
public class LocaleKind implements StructureKind<Locale> {

    @Override
    public String name() {
        return "locale";
    }

    @Override
    public String label() {
        return "Locale";
    }

    @Override
    public Class<Locale> type() {
        return Locale.class;
    }

    @Override
    public String codeOf(Locale value) {
        return value.code();
    }

    @Override
    public Locale present(Locale value, CatalogStructure catalog) {
        return new Locale(value.code(), catalog.enabledLocales().contains(value.code()));
    }

    @Override
    public List<FieldError> validate(Locale value, Locale previous, CatalogStructure catalog) {
        return List.of(FieldError.of("code", "Locales are read only: a locale is enabled by adding it to a channel."));
    }
}
