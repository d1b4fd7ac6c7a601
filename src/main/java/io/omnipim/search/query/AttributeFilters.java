package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.and;
import static io.omnipim.search.query.QueryDsl.between;
import static io.omnipim.search.query.QueryDsl.nested;
import static io.omnipim.search.query.QueryDsl.not;
import static io.omnipim.search.query.QueryDsl.object;
import static io.omnipim.search.query.QueryDsl.prefix;
import static io.omnipim.search.query.QueryDsl.range;
import static io.omnipim.search.query.QueryDsl.term;
import static io.omnipim.search.query.QueryDsl.terms;
import static io.omnipim.search.query.QueryDsl.wildcard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure.AttributeInfo;
import io.omnipim.search.index.TextFolding;
import io.omnipim.search.index.ValueEntries;

/**
 * Filters on attribute values, matched inside one entry of the nested {@code values} list (attribute, locale,
 * scope and predicate together). Text comparisons are case- and accent-insensitive. A negative operator
 * ({@code !=}, {@code NOT IN}, {@code DOES NOT CONTAIN}) needs a value to be there, as in Akeneo.
 */
final class AttributeFilters {

    private AttributeFilters() {
    }

    static JsonNode query(Condition c, AttributeInfo attribute, FilterContext ctx) {
        if (ValueEntries.isFlat(attribute)) {
            return FlatFilters.query(c, attribute);
        }
        String operator = c.operator();
        if ("EMPTY".equals(operator)) {
            return not(entry(c, attribute, ctx, null));
        }
        if ("NOT EMPTY".equals(operator)) {
            return entry(c, attribute, ctx, null);
        }
        boolean negative = operator.equals("!=") || operator.startsWith("NOT ") || operator.startsWith("DOES NOT ");
        String positive = negative ? positiveOf(operator) : operator;
        JsonNode predicate = predicate(c, positive, attribute, ctx);
        if (negative) {
            return and(List.of(entry(c, attribute, ctx, null), not(entry(c, attribute, ctx, predicate))));
        }
        return entry(c, attribute, ctx, predicate);
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

    /** A nested query on one value entry of the attribute (in the locale and scope asked), with a predicate. */
    private static JsonNode entry(Condition c, AttributeInfo attribute, FilterContext ctx, JsonNode predicate) {
        List<JsonNode> clauses = new ArrayList<>();
        clauses.add(term("values.attribute", attribute.code()));
        String locale = c.locale() != null ? c.locale() : ctx.locale();
        if (attribute.localizable() && locale != null) {
            clauses.add(term("values.locale", locale));
        }
        String scope = c.scope() != null ? c.scope() : ctx.scope();
        if (attribute.scopable() && scope != null) {
            clauses.add(term("values.scope", scope));
        }
        if (predicate != null) {
            clauses.add(predicate);
        }
        return nested("values", and(clauses));
    }

    private static JsonNode predicate(Condition c, String operator, AttributeInfo attribute, FilterContext ctx) {
        switch (attribute.kind()) {
            case IDENTIFIER :
            case TEXT :
                return text(c, operator);
            case TEXTAREA :
                return textarea(c, operator);
            case NUMBER :
                return number(c, operator, c.required());
            case METRIC :
                return metric(c, operator, attribute, ctx);
            case PRICE :
                return price(c, operator);
            case DATE :
                return date(c, operator);
            case BOOLEAN :
                if (!operator.equals("=") || !c.required().isBoolean()) {
                    throw c.unsupportedOperator();
                }
                return term("values.bool", c.value().asBoolean());
            case SIMPLE_SELECT :
            case MULTI_SELECT :
                if (!operator.equals("IN")) {
                    throw c.unsupportedOperator();
                }
                return terms("values.keyword", c.strings());
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode text(Condition c, String operator) {
        switch (operator) {
            case "=" :
                return term("values.keyword", TextFolding.fold(c.required().asText()));
            case "IN" :
                return terms("values.keyword", c.strings().stream().map(TextFolding::fold).toList());
            case "STARTS WITH" :
                return prefix("values.keyword", TextFolding.fold(c.required().asText()));
            case "ENDS WITH" :
                return wildcard("values.keyword", "*", TextFolding.fold(c.required().asText()), "");
            case "CONTAINS" :
                return wildcard("values.keyword", "*", TextFolding.fold(c.required().asText()), "*");
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode textarea(Condition c, String operator) {
        ObjectNode q = object();
        switch (operator) {
            case "=" :
            case "CONTAINS" :
                q.putObject("match_phrase").put("values.text", TextFolding.fold(c.required().asText()));
                return q;
            case "STARTS WITH" :
                q.putObject("match_phrase_prefix").put("values.text", TextFolding.fold(c.required().asText()));
                return q;
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode number(Condition c, String operator, JsonNode amount) {
        if (!amount.isNumber() && !isNumeric(amount.asText())) {
            throw Condition.invalid(c.field(), "Property \"" + c.field() + "\" expects a numeric value.");
        }
        JsonNode value = DecimalNode.valueOf(new BigDecimal(amount.asText()));
        if ("=".equals(operator)) {
            return term("values.number", value);
        }
        String range = FilterContext.rangeOperator(operator);
        if (range == null) {
            throw c.unsupportedOperator();
        }
        return range("values.number", range, value);
    }

    /** {@code {"amount":…,"unit":…}}, compared in the measurement family's standard unit. */
    private static JsonNode metric(Condition c, String operator, AttributeInfo attribute, FilterContext ctx) {
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
        return number(c, operator, DecimalNode.valueOf(standard));
    }

    /** {@code {"amount":…,"currency":…}}: one currency's price compared. */
    private static JsonNode price(Condition c, String operator) {
        JsonNode value = c.required();
        String currency = value.path("currency").asText(null);
        if (currency == null || !value.has("amount")) {
            throw Condition.invalid(c.field(), "Property \"" + c.field()
                    + "\" expects an array with the keys \"amount\" and \"currency\".");
        }
        return and(List.of(term("values.keyword", currency), number(c, operator, value.get("amount"))));
    }

    private static JsonNode date(Condition c, String operator) {
        switch (operator) {
            case "=" :
                return between("values.date", c.required(), c.required());
            case "<" :
            case ">" :
                return range("values.date", FilterContext.rangeOperator(operator), c.required());
            case "BETWEEN" :
                if (!c.required().isArray() || c.value().size() != 2) {
                    throw Condition.invalid(c.field(), "Property \"" + c.field() + "\" expects an array with 2 dates.");
                }
                return between("values.date", c.value().get(0), c.value().get(1));
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
