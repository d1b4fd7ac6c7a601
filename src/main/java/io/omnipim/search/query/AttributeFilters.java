package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.and;
import static io.omnipim.search.query.QueryDsl.between;
import static io.omnipim.search.query.QueryDsl.exists;
import static io.omnipim.search.query.QueryDsl.not;
import static io.omnipim.search.query.QueryDsl.object;
import static io.omnipim.search.query.QueryDsl.or;
import static io.omnipim.search.query.QueryDsl.prefix;
import static io.omnipim.search.query.QueryDsl.range;
import static io.omnipim.search.query.QueryDsl.term;
import static io.omnipim.search.query.QueryDsl.terms;
import static io.omnipim.search.query.QueryDsl.wildcard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure.AttributeInfo;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.TextFolding;
import io.omnipim.search.index.ValueFields;

/**
 * Filters on attribute values, on their flat fields ({@link ValueFields}): the field of the locale and scope asked,
 * or any of them when the attribute varies by locale or scope and the request names none. Text comparisons are
 * case- and accent-insensitive. A negative operator ({@code !=}, {@code NOT IN}, {@code DOES NOT CONTAIN}) needs a
 * value to be there, as in Akeneo.
 */
final class AttributeFilters {

    private AttributeFilters() {
    }

    static JsonNode query(Condition c, AttributeInfo attribute, FilterContext ctx) {
        List<String> keys = keys(c, attribute, ctx);
        String operator = c.operator();
        if ("EMPTY".equals(operator)) {
            return not(present(keys, attribute));
        }
        if ("NOT EMPTY".equals(operator)) {
            return present(keys, attribute);
        }
        boolean negative = operator.equals("!=") || operator.startsWith("NOT ") || operator.startsWith("DOES NOT ");
        String positive = negative ? positiveOf(operator) : operator;
        Function<String, JsonNode> predicate = predicate(c, positive, attribute, ctx);
        JsonNode matching = any(keys.stream().map(predicate).toList());
        return negative ? and(List.of(present(keys, attribute), not(matching))) : matching;
    }

    /**
     * The value keys the condition looks at: its locale and scope, else the request's, else every locale and every
     * channel.
     */
    private static List<String> keys(Condition c, AttributeInfo attribute, FilterContext ctx) {
        List<String> scopes = dimension(attribute.scopable(), c.scope() != null ? c.scope() : ctx.scope(),
                ctx.structure().channels().keySet());
        List<String> locales = dimension(attribute.localizable(), c.locale() != null ? c.locale() : ctx.locale(),
                ctx.structure().enabledLocales());
        List<String> keys = new ArrayList<>();
        for (String s : scopes) {
            for (String l : locales) {
                keys.add(ValueFields.key(attribute.code(), s, l));
            }
        }
        return keys;
    }

    /** One dimension of the keys: none when values do not vary by it, else the one asked, else all of them. */
    private static List<String> dimension(boolean varies, String asked, Collection<String> all) {
        List<String> out = new ArrayList<>();
        if (!varies) {
            out.add(null);
        } else if (asked != null) {
            out.add(asked);
        } else {
            out.addAll(all);
        }
        return out;
    }

    /** Some value of the attribute under one of the keys (any currency for a price). */
    private static JsonNode present(List<String> keys, AttributeInfo attribute) {
        String leaf = ValueFields.leaf(attribute.kind());
        if (leaf == null) {
            throw Condition.invalid(attribute.code(), "Filter on property \"" + attribute.code()
                    + "\" is not supported.");
        }
        boolean price = attribute.kind() == ValueKind.PRICE;
        // exists accepts a field pattern: every currency of the price
        return any(keys.stream().map(k -> exists(ValueFields.field(price ? ValueFields.priceKey(k, "*") : k, leaf)))
                .toList());
    }

    private static JsonNode any(List<? extends JsonNode> queries) {
        return queries.size() == 1 ? queries.get(0) : or(queries);
    }

    private static String positiveOf(String operator) {
        switch (operator) {
            case "!=" :
                return "=";
            case "NOT IN" :
                return "IN";
            case "DOES NOT CONTAIN" :
                return "CONTAINS";
            case "NOT BETWEEN" :
                return "BETWEEN";
            default :
                return operator;
        }
    }

    /** The predicate on the value field of one key. */
    private static Function<String, JsonNode> predicate(Condition c, String operator, AttributeInfo attribute,
            FilterContext ctx) {
        switch (attribute.kind()) {
            case IDENTIFIER :
            case TEXT :
                return key -> text(c, operator, ValueFields.field(key, ValueFields.KEYWORD));
            case TEXTAREA :
                return key -> textarea(c, operator, ValueFields.field(key, ValueFields.TEXT));
            case NUMBER :
                return key -> number(c, operator, c.required(), ValueFields.field(key, ValueFields.NUMBER));
            case METRIC :
                JsonNode standard = metric(c, attribute, ctx);
                return key -> number(c, operator, standard, ValueFields.field(key, ValueFields.NUMBER));
            case PRICE :
                String currency = currency(c);
                return key -> number(c, operator, c.value().get("amount"),
                        ValueFields.field(ValueFields.priceKey(key, currency), ValueFields.NUMBER));
            case DATE :
                return key -> date(c, operator, ValueFields.field(key, ValueFields.DATE));
            case BOOLEAN :
                if (!operator.equals("=") || !c.required().isBoolean()) {
                    throw c.unsupportedOperator();
                }
                return key -> term(ValueFields.field(key, ValueFields.BOOL), c.value().asBoolean());
            case SIMPLE_SELECT :
            case MULTI_SELECT :
                if (!operator.equals("IN")) {
                    throw c.unsupportedOperator();
                }
                return key -> terms(ValueFields.field(key, ValueFields.KEYWORD), c.strings());
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode text(Condition c, String operator, String field) {
        switch (operator) {
            case "=" :
                return term(field, TextFolding.fold(c.required().asText()));
            case "IN" :
                return terms(field, c.strings().stream().map(TextFolding::fold).toList());
            case "STARTS WITH" :
                return prefix(field, TextFolding.fold(c.required().asText()));
            case "ENDS WITH" :
                return wildcard(field, "*", TextFolding.fold(c.required().asText()), "");
            case "CONTAINS" :
                return wildcard(field, "*", TextFolding.fold(c.required().asText()), "*");
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode textarea(Condition c, String operator, String field) {
        ObjectNode q = object();
        switch (operator) {
            case "=" :
            case "CONTAINS" :
                q.putObject("match_phrase").put(field, words(c));
                return q;
            case "STARTS WITH" :
                q.putObject("match_phrase_prefix").put(field, words(c));
                return q;
            default :
                throw c.unsupportedOperator();
        }
    }

    /** The condition's text as the index holds a textarea: folded words separated by spaces. */
    private static String words(Condition c) {
        return TextFolding.wordText(TextFolding.fold(c.required().asText()));
    }

    private static JsonNode number(Condition c, String operator, JsonNode amount, String field) {
        if (!amount.isNumber() && !isNumeric(amount.asText())) {
            throw Condition.invalid(c.field(), "Property \"" + c.field() + "\" expects a numeric value.");
        }
        JsonNode value = DecimalNode.valueOf(new BigDecimal(amount.asText()));
        if ("=".equals(operator)) {
            return term(field, value);
        }
        String range = FilterContext.rangeOperator(operator);
        if (range == null) {
            throw c.unsupportedOperator();
        }
        return range(field, range, value);
    }

    /** {@code {"amount":…,"unit":…}} as an amount in the measurement family's standard unit. */
    private static JsonNode metric(Condition c, AttributeInfo attribute, FilterContext ctx) {
        JsonNode value = c.required();
        String unit = value.path("unit").asText(null);
        if (!isNumeric(value.path("amount").asText()) || unit == null) {
            throw Condition.invalid(c.field(), "Property \"" + c.field()
                    + "\" expects an array with the keys \"amount\" and \"unit\".");
        }
        BigDecimal standard = ctx.reader().toStandardUnit(attribute.metricFamily(), unit,
                new BigDecimal(value.path("amount").asText()));
        if (standard == null) {
            throw Condition.invalid(c.field(), "The unit \"" + unit + "\" does not exist for \"" + c.field() + "\".");
        }
        return DecimalNode.valueOf(standard);
    }

    /** {@code {"amount":…,"currency":…}}: the currency whose price is compared. */
    private static String currency(Condition c) {
        JsonNode value = c.required();
        String currency = value.path("currency").asText(null);
        if (currency == null || !value.has("amount")) {
            throw Condition.invalid(c.field(), "Property \"" + c.field()
                    + "\" expects an array with the keys \"amount\" and \"currency\".");
        }
        return currency;
    }

    private static JsonNode date(Condition c, String operator, String field) {
        switch (operator) {
            case "=" :
                return between(field, c.required(), c.required());
            case "<" :
            case ">" :
                return range(field, FilterContext.rangeOperator(operator), c.required());
            case "BETWEEN" :
                if (!c.required().isArray() || c.value().size() != 2) {
                    throw Condition.invalid(c.field(), "Property \"" + c.field() + "\" expects an array with 2 dates.");
                }
                return between(field, c.value().get(0), c.value().get(1));
            default :
                throw c.unsupportedOperator();
        }
    }

    private static boolean isNumeric(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
