package io.omnipim.catalog.product.filter;

import java.util.List;

/**
 * A WHERE condition and its JDBC parameters, in placeholder order. {@code where} is empty when nothing is filtered.
 * Parameters are String, Boolean, BigDecimal, OffsetDateTime or String[]; a String[] is a text array to bind with
 * {@code connection.createArrayOf("text", …)}.
 */
public record SqlFilter(String where, List<Object> params) {

    public SqlFilter {
        params = List.copyOf(params);
    }

    public boolean isEmpty() {
        return where.isEmpty();
    }
}
