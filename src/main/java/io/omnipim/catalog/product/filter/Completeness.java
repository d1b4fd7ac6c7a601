package io.omnipim.catalog.product.filter;

import java.util.List;

import io.omnipim.catalog.structure.channel.Channel;

/** The channel and locales a completeness condition is about, shared by the product and product model filters. */
final class Completeness {

    private Completeness() {
    }

    /** The condition's scope, else the search scope; completeness means nothing without a channel. */
    static String channel(Condition condition, SearchContext context) {
        String channel = condition.scope() != null ? condition.scope() : context.searchScope();
        if (channel == null) {
            throw FilterErrors.unprocessable(condition.property(),
                    "Property \"completeness\" expects a valid scope.");
        }
        if (!context.catalog().channels().containsKey(channel)) {
            throw FilterErrors.notFound(condition.property(), "channel", channel);
        }
        return channel;
    }

    /** The {@code locales} option, else the condition's or search locale, else every locale of the channel. */
    static String[] locales(Condition condition, SearchContext context, String channel) {
        List<String> listed = condition.localeList();
        if (listed != null) {
            return known(condition, context, listed);
        }
        String locale = condition.locale() != null ? condition.locale() : context.searchLocale();
        if (locale != null) {
            return known(condition, context, List.of(locale));
        }
        Channel found = context.catalog().channels().get(channel);
        return found.locales() == null ? new String[0] : found.locales().toArray(String[]::new);
    }

    static String[] known(Condition condition, SearchContext context, List<String> locales) {
        for (String locale : locales) {
            if (!context.catalog().locales().contains(locale)) {
                throw FilterErrors.notFound(condition.property(), "locale", locale);
            }
        }
        return locales.toArray(String[]::new);
    }
}
