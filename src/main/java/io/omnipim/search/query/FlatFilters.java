package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.and;
import static io.omnipim.search.query.QueryDsl.not;
import static io.omnipim.search.query.QueryDsl.prefix;
import static io.omnipim.search.query.QueryDsl.term;
import static io.omnipim.search.query.QueryDsl.terms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.read.ReadStructure.AttributeInfo;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.ValueEntries;

/**
 * Filters on select and boolean attributes of no locale and no channel, on the top-level {@code facet_codes}
 * ({@code <attribute>=<code>}): no nested query, the cheap path for the filters shops use most.
 */
final class FlatFilters {

    private FlatFilters() {
    }

    static JsonNode query(Condition c, AttributeInfo attribute) {
        JsonNode any = prefix("facet_codes", ValueEntries.facetCode(attribute.code(), ""));
        switch (c.operator()) {
            case "EMPTY" :
                return not(any);
            case "NOT EMPTY" :
                return any;
            default :
                JsonNode positive = attribute.kind() == ValueKind.BOOLEAN ? bool(c, attribute) : options(c, attribute);
                boolean negative = c.operator().equals("!=") || c.operator().equals("NOT IN");
                return negative ? and(List.of(any, not(positive))) : positive;
        }
    }

    private static JsonNode options(Condition c, AttributeInfo attribute) {
        if (!c.operator().equals("IN") && !c.operator().equals("NOT IN")) {
            throw c.unsupportedOperator();
        }
        return terms("facet_codes", c.strings().stream().map(code -> ValueEntries.facetCode(attribute.code(), code))
                .toList());
    }

    private static JsonNode bool(Condition c, AttributeInfo attribute) {
        if (!c.operator().equals("=") && !c.operator().equals("!=") || !c.required().isBoolean()) {
            throw c.unsupportedOperator();
        }
        return term("facet_codes", ValueEntries.facetCode(attribute.code(), Boolean.toString(c.value()
                .asBoolean())));
    }
}
