package io.omnipim.catalog.product.filter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The plain columns: uuid, identifier, enabled, family, groups and parent. */
final class FieldFilters {

    private static final Set<String> IDENTIFIER_OPERATORS = Set.of("STARTS WITH", "CONTAINS", "DOES NOT CONTAIN", "=",
            "!=", "IN", "NOT IN", "EMPTY", "NOT EMPTY");

    private FieldFilters() {
    }

    static Fragment build(Condition condition, SearchContext context) {
        FilterTarget target = context.target();
        switch (condition.property()) {
            case "uuid" :
                return uuid(condition, target);
            case "identifier" :
                return identifier(condition, target);
            case "enabled" :
                return enabled(condition, target);
            case "family" :
                return family(condition, context);
            case "groups" :
                return groups(condition, target);
            default :
                return parent(condition, target);
        }
    }

    /** The identifier column, with the text operators Akeneo offers on it. */
    static Fragment identifier(Condition condition, FilterTarget target) {
        return TextPredicates.build(condition, Fragment.of(target.column("identifier")), IDENTIFIER_OPERATORS);
    }

    private static Fragment uuid(Condition condition, FilterTarget target) {
        String in = target.column("uuid") + " = ANY(?::text[]::uuid[])";
        switch (condition.operator()) {
            case "IN" :
                return Fragment.of(in, (Object) uuids(condition));
            case "NOT IN" :
                return Fragment.of(in, (Object) uuids(condition)).not();
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static String[] uuids(Condition condition) {
        List<String> values = condition.texts();
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = UUID.fromString(values.get(i)).toString().toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw FilterErrors.unprocessable(condition.property(), "Property \"uuid\" expects an array of valid"
                        + " uuids as data, \"" + values.get(i) + "\" given.");
            }
        }
        return out;
    }

    private static Fragment enabled(Condition condition, FilterTarget target) {
        switch (condition.operator()) {
            case "=" :
                return Fragment.of(target.column("enabled") + " = ?", condition.bool());
            case "!=" :
                return Fragment.of(target.column("enabled") + " <> ?", condition.bool());
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static Fragment family(Condition condition, SearchContext context) {
        String column = context.target().column("family");
        switch (condition.operator()) {
            case "IN" :
                return Fragment.of(column + " = ANY(?::text[])", (Object) families(condition, context));
            case "NOT IN" :
                // a product without family is in none of them, so it matches (Akeneo's must_not)
                return Fragment.of("NOT COALESCE(" + column + " = ANY(?::text[]), false)",
                        (Object) families(condition, context));
            case "EMPTY" :
                return Fragment.of(column + " IS NULL");
            case "NOT EMPTY" :
                return Fragment.of(column + " IS NOT NULL");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static String[] families(Condition condition, SearchContext context) {
        List<String> codes = condition.texts();
        for (String code : codes) {
            if (!context.catalog().families().containsKey(code)) {
                throw FilterErrors.notFound(condition.property(), "family", code);
            }
        }
        return codes.toArray(String[]::new);
    }

    private static Fragment groups(Condition condition, FilterTarget target) {
        String column = target.column("groups");
        switch (condition.operator()) {
            case "IN" :
                return Fragment.of(column + " && ?::text[]", (Object) texts(condition));
            case "NOT IN" :
                return Fragment.of("NOT (" + column + " && ?::text[])", (Object) texts(condition));
            case "EMPTY" :
                return Fragment.of("cardinality(" + column + ") = 0");
            case "NOT EMPTY" :
                return Fragment.of("cardinality(" + column + ") > 0");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    /**
     * For products, Akeneo's API turns the parent filter into an ancestor filter: "=" and "IN" also match the
     * grandchildren of a root model. For product models it is the direct parent.
     */
    private static Fragment parent(Condition condition, FilterTarget target) {
        String parent = target.column("parent");
        boolean product = target == FilterTarget.PRODUCT;
        switch (condition.operator()) {
            case "=" :
            case "IN" :
                String[] codes = "=".equals(condition.operator())
                        ? new String[]{condition.text()}
                        : texts(condition);
                // the models named and their sub-models, then products by their own parent column: an OR over
                // the joined model's parent could not use the product(parent) index (a scan at 1M products)
                return product
                        ? Fragment.of("p.parent = ANY(ARRAY(SELECT code FROM product_model WHERE code = ANY(?::text[])"
                                + " OR parent = ANY(?::text[])))", codes, codes)
                        : Fragment.of(parent + " = ANY(?::text[])", (Object) codes);
            case "EMPTY" :
                return Fragment.of(parent + " IS NULL");
            case "NOT EMPTY" :
                return Fragment.of(parent + " IS NOT NULL");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    private static String[] texts(Condition condition) {
        return condition.texts().toArray(String[]::new);
    }
}
