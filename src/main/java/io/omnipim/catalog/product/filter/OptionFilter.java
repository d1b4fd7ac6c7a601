package io.omnipim.catalog.product.filter;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * Simple and multi select values. Option codes must exist (Akeneo answers 422 otherwise) and match whatever their
 * case; NOT IN only matches entities that have an option selected.
 */
final class OptionFilter {

    private static final String SIMPLE_IN = "lower({v} #>> '{}') = ANY(?::text[])";
    private static final String MULTI_IN = "EXISTS (SELECT 1 FROM jsonb_array_elements_text({v}) AS o(code)"
            + " WHERE lower(o.code) = ANY(?::text[]))";

    private OptionFilter() {
    }

    static Fragment build(Condition condition, AttributeValue value, SearchContext context) {
        boolean multi = value.attribute().attributeType() == AttributeType.MULTI_SELECT;
        String in = multi ? MULTI_IN : SIMPLE_IN;
        switch (condition.operator()) {
            case "IN" :
                return Fragment.expand(in, value.json(), (Object) codes(condition, value, context, multi));
            case "NOT IN" :
                Fragment none = Fragment.expand(in, value.json(), (Object) codes(condition, value, context, multi));
                return Fragment.and(value.present(), none.not());
            default :
                throw FilterErrors.unsupported(condition.property(), condition.operator());
        }
    }

    /** Lowercased: option codes are ASCII ([a-zA-Z0-9_]), so Java's and PostgreSQL's lower() agree. */
    private static String[] codes(Condition condition, AttributeValue value, SearchContext context, boolean multi) {
        List<String> given = condition.texts();
        Map<String, ?> options = context.catalog().optionsOf(value.attribute().code());
        List<String> known = options.keySet().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        String[] out = new String[given.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = given.get(i).toLowerCase(Locale.ROOT);
            if (!known.contains(out[i])) {
                throw FilterErrors.notFound(condition.property(), multi ? "options" : "option", given.get(i));
            }
        }
        return out;
    }
}
