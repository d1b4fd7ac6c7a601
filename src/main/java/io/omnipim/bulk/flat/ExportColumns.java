package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.channel.Channel;

/**
 * The columns of a products or product models export, from the catalog structure alone (so a streamed export
 * knows its header before its first product): properties, then every value column attribute by attribute
 * (locales × channels × currencies, a metric's unit after its amount), then every association type's lists.
 */
final class ExportColumns {

    private final CatalogStructure catalog;
    private final ExportSelection selection;
    private final List<FlatColumn> columns = new ArrayList<>();

    private ExportColumns(CatalogStructure catalog, ExportSelection selection) {
        this.catalog = catalog;
        this.selection = selection;
    }

    static List<FlatColumn> of(CatalogStructure catalog, FlatType type, ExportSelection selection) {
        ExportColumns out = new ExportColumns(catalog, selection);
        Attribute identifier = catalog.identifierAttribute();
        if (type == FlatType.PRODUCT) {
            out.value(identifier, null, null, null, false);
            List.of("categories", "enabled", "family", "groups", "parent").forEach(out::property);
        } else {
            List.of("code", "family_variant", "parent", "categories").forEach(out::property);
        }
        catalog.attributes().values().stream().filter(a -> a != identifier)
                .filter(a -> selection.attributes() == null || selection.attributes().contains(a.code()))
                .sorted((a, b) -> a.code().compareTo(b.code())).forEach(out::values);
        catalog.associationTypes().values().stream().sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(out::associations);
        return List.copyOf(out.columns);
    }

    private void values(Attribute a) {
        List<String> locales = a.isLocalizable() ? new ArrayList<>(locales()) : singleNull();
        List<String> scopes = a.isScopable() ? new ArrayList<>(scopes()) : singleNull();
        for (String locale : locales) {
            for (String scope : scopes) {
                if (locale != null && !availableIn(a, locale, scope)) {
                    continue;
                }
                if (a.attributeType() == AttributeType.PRICE_COLLECTION) {
                    currencies(scope).forEach(currency -> value(a, locale, scope, currency, false));
                } else {
                    value(a, locale, scope, null, false);
                    if (a.attributeType() == AttributeType.METRIC) {
                        value(a, locale, scope, null, true);
                    }
                }
            }
        }
    }

    private boolean availableIn(Attribute a, String locale, String scope) {
        boolean inChannel = scope == null || catalog.channels().get(scope).locales().contains(locale);
        boolean inAttribute = a.availableLocales() == null || a.availableLocales().isEmpty()
                || a.availableLocales().contains(locale);
        return inChannel && inAttribute;
    }

    private TreeSet<String> locales() {
        if (selection.locales() != null) {
            return new TreeSet<>(selection.locales());
        }
        if (selection.scope() != null) {
            return new TreeSet<>(catalog.channels().get(selection.scope()).locales());
        }
        return new TreeSet<>(catalog.enabledLocales());
    }

    private TreeSet<String> scopes() {
        return selection.scope() != null
                ? new TreeSet<>(List.of(selection.scope()))
                : new TreeSet<>(catalog.channels().keySet());
    }

    /** A scopable price has its channel's currencies; another, those of every exported channel. */
    private TreeSet<String> currencies(String scope) {
        Collection<String> channels = scope != null ? List.of(scope) : scopes();
        TreeSet<String> out = new TreeSet<>();
        for (String code : channels) {
            Channel channel = catalog.channels().get(code);
            channel.currencies().stream().filter(catalog::currencyEnabled).forEach(out::add);
        }
        return out;
    }

    private void associations(AssociationType type) {
        boolean quantified = Boolean.TRUE.equals(type.isQuantified());
        List<String> targets = quantified
                ? List.of("products", "product_models")
                : List.of("products", "product_models", "groups");
        for (String target : targets) {
            association(type.code(), target, quantified, false);
            if (quantified) {
                association(type.code(), target, true, true);
            }
        }
    }

    private void property(String name) {
        columns.add(new FlatColumn.Property(columns.size(), name, name, null));
    }

    private void value(Attribute a, String locale, String scope, String currency, boolean unit) {
        columns.add(new FlatColumn.Value(columns.size(), FlatColumn.valueName(a, locale, scope, currency, unit), a,
                locale, scope, currency, unit));
    }

    private void association(String type, String target, boolean quantified, boolean quantity) {
        columns.add(new FlatColumn.Association(columns.size(), FlatColumn.associationName(type, target, quantity),
                type, target, quantified, quantity));
    }

    private static List<String> singleNull() {
        List<String> out = new ArrayList<>();
        out.add(null);
        return out;
    }
}
