package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.platform.text.DidYouMean;

/**
 * Reads a value column name, {@code <attribute>[-<locale>][-<channel>][-<currency>|-unit]}, checking each part
 * against the attribute (localizable? scopable? price? metric?) and the catalog (activated locales, channels,
 * currencies). Problems say which part is wrong and how the column should be named.
 */
final class ValueColumnParser {

    private final CatalogStructure catalog;

    ValueColumnParser(CatalogStructure catalog) {
        this.catalog = catalog;
    }

    /** The column, or null when {@code problems} grew. */
    FlatColumn.Value parse(int index, String name, Attribute a, List<String> suffixes, List<HeaderProblem> problems) {
        Problems p = new Problems(index, name, problems);
        boolean price = a.attributeType() == AttributeType.PRICE_COLLECTION;
        int needed = (a.isLocalizable() ? 1 : 0) + (a.isScopable() ? 1 : 0) + (price ? 1 : 0);
        int given = suffixes.size();
        boolean unit = a.attributeType() == AttributeType.METRIC && given == needed + 1
                && "unit".equals(suffixes.get(needed));
        if (given < needed) {
            return p.none(quoted(a) + " is " + kind(a) + ": name the column like \"" + example(a) + "\"");
        }
        if (given > needed + (unit ? 1 : 0)) {
            return p.none(extra(a, suffixes.get(needed)));
        }
        Iterator<String> parts = suffixes.iterator();
        String locale = a.isLocalizable() ? parts.next() : null;
        String scope = a.isScopable() ? parts.next() : null;
        String currency = price ? parts.next() : null;
        if (locale != null && scope != null && catalog.channels().containsKey(locale)
                && catalog.enabledLocales().contains(scope)) {
            return p.none("write the locale before the channel: \"" + FlatColumn.valueName(a, scope, locale,
                    currency, unit) + "\"");
        }
        if (locale != null && catalog.channels().containsKey(locale)) {
            return p.none("\"" + locale + "\" is a channel, not a locale: name the column like \"" + example(a)
                    + "\"");
        }
        checkScope(scope, p);
        checkLocale(a, locale, scope, p);
        checkCurrency(currency, p);
        return p.failed() ? null : new FlatColumn.Value(index, name, a, locale, scope, currency, unit);
    }

    private static String kind(Attribute a) {
        List<String> kinds = new ArrayList<>();
        if (a.isLocalizable()) {
            kinds.add("localizable");
        }
        if (a.isScopable()) {
            kinds.add("scopable");
        }
        if (a.attributeType() == AttributeType.PRICE_COLLECTION) {
            kinds.add("a price (one column per currency)");
        }
        return String.join(" and ", kinds);
    }

    private String extra(Attribute a, String part) {
        if (!a.isLocalizable() && catalog.locales().contains(part)) {
            return quoted(a) + " is not localizable: remove \"-" + part + "\"";
        }
        if (!a.isScopable() && catalog.channels().containsKey(part)) {
            return quoted(a) + " is not scopable: remove \"-" + part + "\"";
        }
        if (a.attributeType() == AttributeType.METRIC) {
            return "unexpected \"-" + part + "\": a metric has an amount column \"" + example(a)
                    + "\" and a unit column \"" + example(a) + "-unit\"";
        }
        return "unexpected \"-" + part + "\": name the column like \"" + example(a) + "\"";
    }

    private void checkScope(String scope, Problems p) {
        if (scope != null && !catalog.channels().containsKey(scope)) {
            p.fail("\"" + scope + "\" is not a channel" + DidYouMean.hint(scope, catalog.channels().keySet()));
        }
    }

    private void checkLocale(Attribute a, String locale, String scope, Problems p) {
        if (locale == null) {
            return;
        }
        if (!catalog.enabledLocales().contains(locale)) {
            p.fail(catalog.locales().contains(locale)
                    ? "the locale \"" + locale + "\" is not activated on any channel"
                    : "\"" + locale + "\" is not an activated locale"
                            + DidYouMean.hint(locale, catalog.enabledLocales()));
            return;
        }
        Channel channel = scope == null ? null : catalog.channels().get(scope);
        if (channel != null && !channel.locales().contains(locale)) {
            p.fail("the channel \"" + scope + "\" does not have the locale \"" + locale + "\" (it has "
                    + String.join(", ", channel.locales()) + ")");
        }
        List<String> available = a.availableLocales();
        if (available != null && !available.isEmpty() && !available.contains(locale)) {
            p.fail(quoted(a) + " is only available in " + String.join(", ", available));
        }
    }

    private void checkCurrency(String currency, Problems p) {
        if (currency == null || catalog.currencyEnabled(currency)) {
            return;
        }
        p.fail(catalog.currencies().containsKey(currency)
                ? "the currency \"" + currency + "\" is not activated"
                : "\"" + currency + "\" is not an activated currency" + DidYouMean.hint(currency, enabledCurrencies()));
    }

    private TreeSet<String> enabledCurrencies() {
        TreeSet<String> out = new TreeSet<>();
        catalog.currencies().keySet().stream().filter(catalog::currencyEnabled).forEach(out::add);
        return out;
    }

    /** A correct name for the attribute, with the catalog's first channel, locale and currency. */
    private String example(Attribute a) {
        String channel = catalog.channels().keySet().stream().sorted().findFirst().orElse("ecommerce");
        Channel c = catalog.channels().get(channel);
        String locale = a.availableLocales() != null && !a.availableLocales().isEmpty()
                ? a.availableLocales().get(0)
                : c != null && !c.locales().isEmpty() ? c.locales().get(0) : "en_US";
        String currency = enabledCurrencies().stream().findFirst().orElse("EUR");
        return FlatColumn.valueName(a, a.isLocalizable() ? locale : null, a.isScopable() ? channel : null,
                a.attributeType() == AttributeType.PRICE_COLLECTION ? currency : null, false);
    }

    private static String quoted(Attribute a) {
        return "\"" + a.code() + "\"";
    }

    /** Collects the problems of one column. */
    private static final class Problems {

        private final int index;
        private final String name;
        private final List<HeaderProblem> all;
        private boolean failed;

        Problems(int index, String name, List<HeaderProblem> all) {
            this.index = index;
            this.name = name;
            this.all = all;
        }

        void fail(String message) {
            all.add(new HeaderProblem(index + 1, name, message));
            failed = true;
        }

        FlatColumn.Value none(String message) {
            fail(message);
            return null;
        }

        boolean failed() {
            return failed;
        }
    }
}
