package io.omnipim.catalog.product.filter;

import java.util.Set;

/**
 * Text operators over a text expression (the identifier column, or a text, textarea or media value). Comparisons
 * ignore case, as Akeneo's lowercasing Elasticsearch normalizers do; a missing value (NULL) never satisfies a
 * comparison, so negative operators only match entities that have a value.
 */
final class TextPredicates {

    static final Set<String> ALL = Set.of("STARTS WITH", "ENDS WITH", "CONTAINS", "DOES NOT CONTAIN", "=", "!=", "IN",
            "NOT IN", "EMPTY", "NOT EMPTY");

    // lower() on both sides in SQL, so the database's own case folding decides and Java's never disagrees with it
    private static final String IN = "lower({v}) = ANY (SELECT lower(x) FROM unnest(?::text[]) AS x)";

    private TextPredicates() {
    }

    static Fragment build(Condition condition, Fragment text, Set<String> allowed) {
        String operator = condition.operator();
        if (!allowed.contains(operator)) {
            throw FilterErrors.unsupported(condition.property(), operator);
        }
        switch (operator) {
            case "STARTS WITH" :
                return Fragment.expand("{v} ILIKE ?", text, escape(condition.text()) + "%");
            case "ENDS WITH" :
                return Fragment.expand("{v} ILIKE ?", text, "%" + escape(condition.text()));
            case "CONTAINS" :
                return Fragment.expand("{v} ILIKE ?", text, "%" + escape(condition.text()) + "%");
            case "DOES NOT CONTAIN" :
                return Fragment.expand("{v} NOT ILIKE ?", text, "%" + escape(condition.text()) + "%");
            case "=" :
                return Fragment.expand("lower({v}) = lower(?)", text, condition.text());
            case "!=" :
                return Fragment.expand("lower({v}) <> lower(?)", text, condition.text());
            case "IN" :
                return Fragment.expand(IN, text, (Object) texts(condition));
            case "NOT IN" :
                // spelled out: with an empty list "= ANY" is false, not NULL, and would let missing values through
                return Fragment.expand("({v} IS NOT NULL AND NOT " + IN + ")", text, (Object) texts(condition));
            case "EMPTY" :
                return Fragment.expand("NULLIF({v}, '') IS NULL", text);
            default :
                return Fragment.expand("NULLIF({v}, '') IS NOT NULL", text);
        }
    }

    private static String[] texts(Condition condition) {
        return condition.texts().toArray(String[]::new);
    }

    /** LIKE treats % and _ as wildcards and \ as the escape; a user's literal ones must stay literal. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
