package io.omnipim.catalog.product.filter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code created} and {@code updated}. Akeneo compares these at the second (its index keeps no fractions), so a
 * value V stands for the second [V, V+1s): {@code =} is that range and {@code >} starts after it. Writing ranges on
 * the raw column, rather than truncating it, keeps the (updated, uuid) index usable.
 */
final class DateTimeFilter {

    private static final DateTimeFormatter AKENEO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<Function<String, OffsetDateTime>> FORMATS = List.of(
            t -> LocalDateTime.parse(t, AKENEO).atOffset(ZoneOffset.UTC), OffsetDateTime::parse,
            t -> LocalDateTime.parse(t).atOffset(ZoneOffset.UTC),
            t -> LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC));
    private static final String FORMAT = "a string with the format \"yyyy-mm-dd H:i:s\"";

    private DateTimeFilter() {
    }

    static Fragment build(Condition condition, SearchContext context) {
        FilterTarget target = context.target();
        String column = "updated".equals(condition.property()) ? target.updated() : target.column("created");
        String inside = "(" + column + " >= ? AND " + column + " < ?)";
        String outside = "(" + column + " < ? OR " + column + " >= ?)";
        switch (condition.operator()) {
            case "=" :
                return second(inside, parse(condition, condition.value()));
            case "!=" :
                return second(outside, parse(condition, condition.value()));
            case "<" :
                return Fragment.of(column + " < ?", parse(condition, condition.value()));
            case ">" :
                return Fragment.of(column + " >= ?", parse(condition, condition.value()).plusSeconds(1));
            case "BETWEEN" :
                return range(inside, condition);
            case "NOT BETWEEN" :
                return range(outside, condition);
            case "SINCE LAST N DAYS" :
                OffsetDateTime since = OffsetDateTime.now(context.clock()).withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS).minusDays(condition.integer());
                return Fragment.of(column + " > ?", since);
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static Fragment second(String template, OffsetDateTime at) {
        return Fragment.of(template, at, at.plusSeconds(1));
    }

    private static Fragment range(String template, Condition condition) {
        List<JsonNode> bounds = condition.pair();
        return Fragment.of(template, parse(condition, bounds.get(0)), parse(condition, bounds.get(1)).plusSeconds(1));
    }

    /** Akeneo's "yyyy-mm-dd hh:mm:ss" in UTC, or ISO-8601 (with or without offset, or a bare date). */
    static OffsetDateTime parse(Condition condition, JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw FilterErrors.expected(condition.property(), FORMAT, node);
        }
        String text = node.asText().trim();
        for (Function<String, OffsetDateTime> format : FORMATS) {
            try {
                return utcSecond(format.apply(text));
            } catch (DateTimeParseException tryNext) {
                // the next format may read it
            }
        }
        throw FilterErrors.expected(condition.property(), FORMAT, node);
    }

    private static OffsetDateTime utcSecond(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
