package io.omnipim.catalog.product.filter;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Price collections: comparisons look at the price in the given currency ({@code {"amount", "currency"}}), so an
 * entity without a price in that currency matches none of them, {@code !=} included. A price whose amount is null
 * counts as absent.
 *
 * <p>
 * EMPTY / NOT EMPTY look at every currency, or at one when the value names it ({@code {"currency": "EUR"}});
 * Akeneo's explicit forms (EMPTY ON ALL CURRENCIES, EMPTY FOR CURRENCY, NOT EMPTY ON AT LEAST ONE CURRENCY, NOT
 * EMPTY FOR CURRENCY) are accepted too.
 */
final class PriceFilter {

    private static final Map<String, String> COMPARISONS = Map.of("=", "=", "!=", "<>", "<", "<", "<=", "<=", ">", ">",
            ">=", ">=");
    private static final String PRICES = "EXISTS (SELECT 1 FROM jsonb_array_elements({v}) AS e"
            + " WHERE NULLIF(e ->> 'amount', '') IS NOT NULL";

    private PriceFilter() {
    }

    static Fragment build(Condition condition, AttributeValue value, SearchContext context) {
        String operator = condition.operator();
        String comparison = COMPARISONS.get(operator);
        if (comparison != null) {
            JsonNode price = condition.object(condition.value(), "amount", "currency");
            BigDecimal amount = condition.number(price.get("amount"), "a numeric amount");
            return Fragment
                    .expand(PRICES + " AND e ->> 'currency' = ? AND NULLIF(e ->> 'amount', '')::numeric " + comparison
                            + " ?)", value.json(), currency(condition, price, context), amount);
        }
        switch (operator) {
            case "EMPTY" :
            case "EMPTY ON ALL CURRENCIES" :
                // Akeneo's EMPTY also wants the attribute in the entity's family
                return Fragment.and(anyPrice(condition, value, context, false).not(), value.inFamily());
            case "EMPTY FOR CURRENCY" :
                return anyPrice(condition, value, context, true).not();
            case "NOT EMPTY" :
            case "NOT EMPTY ON AT LEAST ONE CURRENCY" :
                return anyPrice(condition, value, context, false);
            case "NOT EMPTY FOR CURRENCY" :
                return anyPrice(condition, value, context, true);
            default :
                throw FilterErrors.unsupported(condition.property(), operator);
        }
    }

    /** Has a price, in the value's currency when it names one (or must name one). */
    private static Fragment anyPrice(Condition condition, AttributeValue value, SearchContext context,
            boolean currencyRequired) {
        JsonNode given = condition.value();
        boolean named = given != null && given.isObject() && given.has("currency");
        if (!named && !currencyRequired) {
            return Fragment.expand(PRICES + ")", value.json());
        }
        JsonNode price = condition.object(given, "currency");
        return Fragment.expand(PRICES + " AND e ->> 'currency' = ?)", value.json(),
                currency(condition, price, context));
    }

    private static String currency(Condition condition, JsonNode price, SearchContext context) {
        JsonNode currency = price.get("currency");
        if (currency == null || !currency.isTextual() || !context.catalog().currencyEnabled(currency.asText())) {
            throw FilterErrors.unknownCode(condition.property(), "currency", FilterErrors.describe(currency));
        }
        return currency.asText();
    }
}
