package io.omnipim.catalog.product.filter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.errors.PimException;

/**
 * Date attribute values, stored as "YYYY-MM-DD" and compared as dates. As with every value filter, {@code !=} and
 * NOT BETWEEN only match entities that have a date.
 */
final class DateValueFilter {

    private static final String FORMAT = "a string with the format \"yyyy-mm-dd\"";

    private DateValueFilter() {
    }

    static Fragment build(Condition condition, AttributeValue value) {
        Fragment date = Fragment.expand("NULLIF({v} #>> '{}', '')::date", value.json());
        switch (condition.operator()) {
            case "=" :
                return Fragment.expand("{v} = ?::date", date, day(condition, condition.value()));
            case "!=" :
                return Fragment.expand("{v} <> ?::date", date, day(condition, condition.value()));
            case "<" :
                return Fragment.expand("{v} < ?::date", date, day(condition, condition.value()));
            case ">" :
                return Fragment.expand("{v} > ?::date", date, day(condition, condition.value()));
            case "BETWEEN" :
                return between(condition, date, "{v} BETWEEN ?::date AND ?::date");
            case "NOT BETWEEN" :
                return between(condition, date, "NOT ({v} BETWEEN ?::date AND ?::date)");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static Fragment between(Condition condition, Fragment date, String template) {
        List<JsonNode> bounds = condition.pair();
        return Fragment.expand(template, date, day(condition, bounds.get(0)), day(condition, bounds.get(1)));
    }

    /** The day, as "YYYY-MM-DD"; an ISO date-time is accepted for its (UTC) day, as the docs speak of ISO-8601. */
    private static String day(Condition condition, JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw FilterErrors.expected(condition.property(), FORMAT, node);
        }
        String text = node.asText().trim();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).toString()
                    : DateTimeFilter.parse(condition, node).toLocalDate().toString();
        } catch (DateTimeParseException | PimException e) {
            throw FilterErrors.expected(condition.property(), FORMAT, node);
        }
    }
}
