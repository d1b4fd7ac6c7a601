package io.omnipim.search.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.ValueFields;

/** What translating filters needs: the structure, the request's locale and scope, unit conversion. */
record FilterContext(ReadStructure structure, String locale, String scope, CatalogReader reader) {

    /** The locales a completeness or text search covers when none is named: the request's, else all enabled. */
    List<String> localesOrAll() {
        return locale != null ? List.of(locale) : structure.enabledLocales();
    }

    /**
     * The fields of every textarea value a text search covers: each textarea in the locales of
     * {@link #localesOrAll} (in every channel that has the locale, as a description written for another channel is
     * still the product's) and the textareas of no locale. They are searched in place: copying their words into the
     * document's word field made descriptions most of what Elasticsearch indexed.
     */
    List<String> textareaFields() {
        List<String> locales = localesOrAll();
        List<String> out = new ArrayList<>();
        for (ReadStructure.AttributeInfo a : structure.attributes().values()) {
            if (a.kind() != ValueKind.TEXTAREA) {
                continue;
            }
            List<ReadStructure.ChannelInfo> channels = a.scopable()
                    ? List.copyOf(structure.channels().values())
                    : Collections.singletonList(null);
            for (ReadStructure.ChannelInfo channel : channels) {
                String scope = channel == null ? null : channel.code();
                if (!a.localizable()) {
                    out.add(ValueFields.field(ValueFields.key(a.code(), scope, null), ValueFields.TEXT));
                    continue;
                }
                for (String l : locales) {
                    if (channel == null || channel.locales().contains(l)) {
                        out.add(ValueFields.field(ValueFields.key(a.code(), scope, l), ValueFields.TEXT));
                    }
                }
            }
        }
        return out;
    }

    /** The request's scope, else the first channel: completeness is always per channel. */
    String scopeOrDefault() {
        if (scope != null) {
            return scope;
        }
        return structure.channels().keySet().stream().findFirst().orElse("ecommerce");
    }

    /** The request's locale, else the first locale of the channel in use. */
    String localeOrDefault() {
        if (locale != null) {
            return locale;
        }
        ReadStructure.ChannelInfo channel = structure.channels().get(scopeOrDefault());
        if (channel != null && !channel.locales().isEmpty()) {
            return channel.locales().get(0);
        }
        List<String> all = structure.enabledLocales();
        return all.isEmpty() ? "en_US" : all.get(0);
    }

    /** Elasticsearch's range operator for Akeneo's comparison, or null. */
    static String rangeOperator(String operator) {
        switch (operator) {
            case "<" :
                return "lt";
            case "<=" :
                return "lte";
            case ">" :
                return "gt";
            case ">=" :
                return "gte";
            default :
                return null;
        }
    }
}
