package io.omnipim.catalog.product.filter;

import java.util.List;

/**
 * Product model completeness, which Akeneo derives from the variant products below the model (children, and
 * grandchildren through a sub-model): AT LEAST (IN)COMPLETE wants one such variant (in)complete on one of the
 * locales, ALL (IN)COMPLETE wants, on every locale, variants that are all (in)complete — a model without variants
 * is neither.
 */
final class ModelCompletenessFilter {

    /** The variants below the model with their ratio on the channel (the parameter) and the locale {@code l.code}. */
    private static final String VARIANTS = "FROM product d JOIN completeness c ON c.product_uuid = d.uuid"
            + " CROSS JOIN LATERAL (SELECT (c.ratios -> ?::text -> l.code -> 'ratio')::int AS ratio) r"
            + " WHERE (d.parent = pm.code OR d.parent IN (SELECT s.code FROM product_model s WHERE s.parent = pm.code))"
            + " AND r.ratio IS NOT NULL";

    private ModelCompletenessFilter() {
    }

    static Fragment build(Condition condition, SearchContext context) {
        switch (condition.operator()) {
            case "AT LEAST COMPLETE" :
                return atLeastOne(condition, context, "r.ratio = 100");
            case "AT LEAST INCOMPLETE" :
                return atLeastOne(condition, context, "r.ratio < 100");
            case "ALL COMPLETE" :
                return all(condition, context, "r.ratio = 100");
            case "ALL INCOMPLETE" :
                return all(condition, context, "r.ratio < 100");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static Fragment atLeastOne(Condition condition, SearchContext context, String test) {
        String channel = Completeness.channel(condition, context);
        return Fragment.of("EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE EXISTS (SELECT 1 " + VARIANTS
                + " AND " + test + "))", locales(condition, context), channel);
    }

    /** bool_and over no row is NULL, hence IS NOT TRUE: a locale without variants fails the test. */
    private static Fragment all(Condition condition, SearchContext context, String test) {
        String channel = Completeness.channel(condition, context);
        return Fragment.of("NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE (SELECT bool_and(" + test
                + ") " + VARIANTS + ") IS NOT TRUE)", locales(condition, context), channel);
    }

    /** The condition's locale, else its {@code locales}, else the search locale: Akeneo requires one of them. */
    private static String[] locales(Condition condition, SearchContext context) {
        List<String> locales = condition.locale() != null ? List.of(condition.locale()) : condition.localeList();
        if ((locales == null || locales.isEmpty()) && context.searchLocale() != null) {
            locales = List.of(context.searchLocale());
        }
        if (locales == null || locales.isEmpty()) {
            throw FilterErrors.unprocessable(condition.property(),
                    "Property \"completeness\" expects a valid locale.");
        }
        return Completeness.known(condition, context, locales);
    }
}
