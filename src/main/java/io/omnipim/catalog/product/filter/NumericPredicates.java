package io.omnipim.catalog.product.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Comparisons over a numeric SQL expression (a number value, a metric's base amount). A missing value is NULL and
 * satisfies none of them, {@code !=} and NOT BETWEEN included.
 */
final class NumericPredicates {

    private static final Map<String, String> COMPARISONS = Map.of("=", "=", "!=", "<>", "<", "<", "<=", "<=", ">", ">",
            ">=", ">=");

    private NumericPredicates() {
    }

    /** {@code read} turns one JSON bound into the number to compare with (and answers 422 when it cannot). */
    static Fragment build(Condition condition, Fragment numeric, Function<JsonNode, BigDecimal> read) {
        String operator = condition.operator();
        String comparison = COMPARISONS.get(operator);
        if (comparison != null) {
            return Fragment.expand("{v} " + comparison + " ?", numeric, read.apply(condition.value()));
        }
        if ("BETWEEN".equals(operator) || "NOT BETWEEN".equals(operator)) {
            List<JsonNode> bounds = condition.pair();
            String between = "{v} BETWEEN ? AND ?";
            return Fragment.expand("BETWEEN".equals(operator) ? between : "NOT (" + between + ")", numeric,
                    read.apply(bounds.get(0)), read.apply(bounds.get(1)));
        }
        throw FilterErrors.unsupported(condition.property(), operator);
    }
}
