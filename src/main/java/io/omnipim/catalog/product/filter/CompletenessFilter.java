package io.omnipim.catalog.product.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Product completeness on one channel, from the completeness table. The plain comparisons hold when at least one of
 * the locales satisfies them (the {@code locales} option, else the condition's or search locale, else the channel's
 * locales); the ON ALL LOCALES operators need every listed locale to satisfy them.
 */
final class CompletenessFilter {

    private static final Map<String, String> AT_LEAST_ONE = Map.of("=", "=", "<", "<", "<=", "<=", ">", ">", ">=",
            ">=");
    private static final Map<String, String> ON_ALL = Map.of("GREATER THAN ON ALL LOCALES", ">",
            "GREATER OR EQUALS THAN ON ALL LOCALES", ">=", "LOWER THAN ON ALL LOCALES", "<",
            "LOWER OR EQUALS THAN ON ALL LOCALES", "<=");
    /** The product's ratio on the channel (the first parameter) and the locale {@code l.code}; NULL without one. */
    private static final String RATIO = "(c.ratios -> ?::text -> l.code -> 'ratio')::int";
    private static final String ROW = "SELECT 1 FROM completeness c WHERE c.product_uuid = p.uuid";

    private CompletenessFilter() {
    }

    static Fragment build(Condition condition, SearchContext context) {
        String operator = condition.operator();
        if (!AT_LEAST_ONE.containsKey(operator) && !ON_ALL.containsKey(operator) && !"!=".equals(operator)) {
            throw FilterErrors.unsupported(condition.property(), operator);
        }
        String channel = Completeness.channel(condition, context);
        BigDecimal ratio = condition.number();
        if (ON_ALL.containsKey(operator)) {
            List<String> locales = condition.localeList();
            if (locales == null) {
                throw FilterErrors.unprocessable(condition.property(),
                        "Property \"completeness\" expects an array with the key \"locales\".");
            }
            return onAll(ON_ALL.get(operator), channel, Completeness.known(condition, context, locales), ratio);
        }
        String[] locales = Completeness.locales(condition, context, channel);
        if ("!=".equals(operator)) {
            return notEqual(channel, locales, ratio);
        }
        return oneLocale(AT_LEAST_ONE.get(operator), channel, locales, ratio);
    }

    /** One of the listed locales satisfies the comparison: one look-up of the product's row, then its locales. */
    private static Fragment oneLocale(String comparison, String channel, String[] locales, BigDecimal ratio) {
        return Fragment.of("EXISTS (" + ROW + " AND EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE " + RATIO
                + " " + comparison + " ?))", locales, channel, ratio);
    }

    /** No listed locale lacks a row that satisfies the comparison; an empty list is no constraint, as in Akeneo. */
    private static Fragment onAll(String comparison, String channel, String[] locales, BigDecimal ratio) {
        return Fragment.of("NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE NOT EXISTS (" + ROW + " AND "
                + RATIO + " " + comparison + " ?))", locales, channel, ratio);
    }

    /**
     * Akeneo's reading of "!=": the product has a completeness on every locale, and they are not all equal to the
     * value — so a product never computed for the channel does not match.
     */
    private static Fragment notEqual(String channel, String[] locales, BigDecimal ratio) {
        Fragment everyLocale = Fragment.of("NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE NOT EXISTS ("
                + ROW + " AND " + RATIO + " IS NOT NULL))", locales, channel);
        return Fragment.and(everyLocale, oneLocale("<>", channel, locales, ratio));
    }
}
