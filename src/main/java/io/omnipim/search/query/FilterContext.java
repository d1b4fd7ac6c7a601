package io.omnipim.search.query;

import java.util.List;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.ReadStructure;

/** What translating filters needs: the structure, the request's locale and scope, unit conversion. */
record FilterContext(ReadStructure structure, String locale, String scope, CatalogReader reader) {

    /** The locales a completeness or text search covers when none is named: the request's, else all enabled. */
    List<String> localesOrAll() {
        return locale != null ? List.of(locale) : structure.enabledLocales();
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
