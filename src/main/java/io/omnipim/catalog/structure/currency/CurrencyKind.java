package io.omnipim.catalog.structure.currency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.platform.errors.FieldError;

/** Currencies: ISO codes seeded at install; only activation changes, and a channel's currency stays active. */
@ApplicationScoped
public class CurrencyKind implements StructureKind<Currency> {

    @Override
    public String name() {
        return "currency";
    }

    @Override
    public String label() {
        return "Currency";
    }

    @Override
    public Class<Currency> type() {
        return Currency.class;
    }

    @Override
    public String codeOf(Currency value) {
        return value.code();
    }

    @Override
    public Currency normalize(Currency c, CatalogStructure catalog) {
        return new Currency(c.code(), Boolean.TRUE.equals(c.enabled()), c.label());
    }

    @Override
    public List<FieldError> validate(Currency c, Currency previous, CatalogStructure catalog) {
        if (previous == null) {
            return List.of(FieldError.of("code", "The currency \"" + c.code() + "\" is not an ISO 4217 currency."));
        }
        if (!Boolean.TRUE.equals(c.enabled())) {
            List<String> users = catalog.channels().values().stream().filter(ch -> ch.currencies().contains(c.code()))
                    .map(ch -> ch.code()).toList();
            if (!users.isEmpty()) {
                return List.of(FieldError.of("enabled", "The currency \"" + c.code() + "\" is used by the channels "
                        + String.join(", ", users) + "."));
            }
        }
        return List.of();
    }
}
