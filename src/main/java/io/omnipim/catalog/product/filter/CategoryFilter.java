package io.omnipim.catalog.product.filter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Categories, on the effective classification: the entity's own categories plus its ancestors' ones. Products with
 * no category at all match NOT IN and NOT IN CHILDREN, as they do in Akeneo.
 */
final class CategoryFilter {

    private CategoryFilter() {
    }

    static Fragment build(Condition condition, SearchContext context) {
        String categories = context.target().categories();
        String overlaps = categories + " && ?::text[]";
        String unclassified = "cardinality(" + categories + ") = 0";
        switch (condition.operator()) {
            case "IN" :
                return Fragment.of(overlaps, (Object) codes(condition, context, false));
            case "NOT IN" :
                return Fragment.of("NOT (" + overlaps + ")", (Object) codes(condition, context, false));
            case "IN CHILDREN" :
                return Fragment.of(overlaps, (Object) codes(condition, context, true));
            case "NOT IN CHILDREN" :
                return Fragment.of("NOT (" + overlaps + ")", (Object) codes(condition, context, true));
            case "IN OR UNCLASSIFIED" :
                return Fragment.of("(" + overlaps + " OR " + unclassified + ")",
                        (Object) codes(condition, context, false));
            case "UNCLASSIFIED" :
                return Fragment.of(unclassified);
            case "CLASSIFIED" :
                return Fragment.of("cardinality(" + categories + ") > 0");
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    /** The given codes, checked to exist, and with their whole subtrees for the CHILDREN operators. */
    private static String[] codes(Condition condition, SearchContext context, boolean withDescendants) {
        List<String> given = condition.texts();
        Set<String> out = new LinkedHashSet<>();
        for (String code : given) {
            if (!context.catalog().categories().containsKey(code)) {
                throw FilterErrors.notFound(condition.property(), "category", code);
            }
            out.addAll(withDescendants ? context.catalog().withDescendants(code) : Set.of(code));
        }
        return out.toArray(String[]::new);
    }
}
