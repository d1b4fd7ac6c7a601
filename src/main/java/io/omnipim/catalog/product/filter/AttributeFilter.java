package io.omnipim.catalog.product.filter;

import java.util.List;
import java.util.Set;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * A condition on an attribute's value: resolves the locale and channel the value is read for, then hands over to
 * the operators of the attribute's type.
 *
 * <p>
 * The condition's own {@code locale}/{@code scope} must fit the attribute (a localizable one needs a locale, a
 * non-localizable one refuses one). The search-wide {@code search_locale}/{@code search_scope} only fill in for
 * attributes that need them, since they are meant for every filter of the search at once.
 */
final class AttributeFilter {

    private static final Set<String> MEDIA_OPERATORS = Set.of("STARTS WITH", "CONTAINS", "DOES NOT CONTAIN", "=",
            "!=");

    private AttributeFilter() {
    }

    static Fragment build(Attribute attribute, Condition condition, SearchContext context) {
        String locale = locale(attribute, condition, context);
        String scope = scope(attribute, condition, context);
        AttributeType type = attribute.attributeType();
        if (type == AttributeType.IDENTIFIER && context.target() == FilterTarget.PRODUCT) {
            // the identifier lives in its own column, the one Akeneo's identifier filter reads
            return FieldFilters.identifier(condition, context.target());
        }
        AttributeValue value = AttributeValue.of(attribute, scope, locale, context);
        if (type != AttributeType.PRICE_COLLECTION && type != AttributeType.TABLE) {
            if ("EMPTY".equals(condition.operator())) {
                return value.empty();
            }
            if ("NOT EMPTY".equals(condition.operator())) {
                return value.present();
            }
        }
        return byType(type, condition, value, context);
    }

    private static Fragment byType(AttributeType type, Condition condition, AttributeValue value,
            SearchContext context) {
        switch (type) {
            case IDENTIFIER :
            case TEXT :
            case TEXTAREA :
                return TextPredicates.build(condition, value.text(), TextPredicates.ALL);
            case IMAGE :
            case FILE :
                return TextPredicates.build(condition, value.text(), MEDIA_OPERATORS);
            case NUMBER :
                Fragment number = Fragment.expand("NULLIF({v} #>> '{}', '')::numeric", value.json());
                return NumericPredicates.build(condition, number, node -> condition.number(node, "a numeric"));
            case METRIC :
                return MetricFilter.build(condition, value, context);
            case PRICE_COLLECTION :
                return PriceFilter.build(condition, value, context);
            case BOOLEAN :
                return bool(condition, value);
            case DATE :
                return DateValueFilter.build(condition, value);
            case SIMPLE_SELECT :
            case MULTI_SELECT :
                return OptionFilter.build(condition, value, context);
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static Fragment bool(Condition condition, AttributeValue value) {
        switch (condition.operator()) {
            case "=" :
                return Fragment.expand("{v} = to_jsonb(?::boolean)", value.json(), condition.bool());
            case "!=" :
                return Fragment.expand("{v} <> to_jsonb(?::boolean)", value.json(), condition.bool());
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static String locale(Attribute attribute, Condition condition, SearchContext context) {
        String code = attribute.code();
        if (!attribute.isLocalizable()) {
            if (condition.locale() != null) {
                throw fail(code, "Attribute \"" + code + "\" does not expect a locale, \"" + condition.locale()
                        + "\" given.");
            }
            return null;
        }
        String locale = condition.locale() != null ? condition.locale() : context.searchLocale();
        if (locale == null) {
            throw fail(code, "Attribute \"" + code + "\" expects a locale, none given.");
        }
        if (!context.catalog().enabledLocales().contains(locale)) {
            throw fail(code, "Attribute \"" + code + "\" expects an existing and activated locale, \"" + locale
                    + "\" given.");
        }
        List<String> available = attribute.availableLocales();
        if (available != null && !available.isEmpty() && !available.contains(locale)) {
            throw fail(code, "Attribute \"" + code + "\" is locale specific and expects one of these locales: "
                    + String.join(", ", available) + ", \"" + locale + "\" given.");
        }
        return locale;
    }

    private static String scope(Attribute attribute, Condition condition, SearchContext context) {
        String code = attribute.code();
        if (!attribute.isScopable()) {
            if (condition.scope() != null) {
                throw fail(code, "Attribute \"" + code + "\" does not expect a scope, \"" + condition.scope()
                        + "\" given.");
            }
            return null;
        }
        String scope = condition.scope() != null ? condition.scope() : context.searchScope();
        if (scope == null) {
            throw fail(code, "Attribute \"" + code + "\" expects a scope, none given.");
        }
        if (!context.catalog().channels().containsKey(scope)) {
            throw fail(code, "Attribute \"" + code + "\" expects an existing scope, \"" + scope + "\" given.");
        }
        return scope;
    }

    private static RuntimeException fail(String attribute, String message) {
        return FilterErrors.unprocessable(attribute, message);
    }
}
