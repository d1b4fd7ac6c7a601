package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.and;
import static io.omnipim.search.query.QueryDsl.between;
import static io.omnipim.search.query.QueryDsl.exists;
import static io.omnipim.search.query.QueryDsl.not;
import static io.omnipim.search.query.QueryDsl.or;
import static io.omnipim.search.query.QueryDsl.prefix;
import static io.omnipim.search.query.QueryDsl.range;
import static io.omnipim.search.query.QueryDsl.term;
import static io.omnipim.search.query.QueryDsl.terms;
import static io.omnipim.search.query.QueryDsl.wildcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.search.index.DocumentSource;
import io.omnipim.search.index.TextFolding;

/**
 * Filters on product properties, with Akeneo's operators: family, categories, enabled, completeness, identifier,
 * uuid, parent, groups, created, updated, and our {@code type} (product, product_model).
 */
final class PropertyFilters {

    static final Set<String> FIELDS = Set.of("family", "categories", "enabled", "completeness", "identifier", "uuid",
            "parent", "groups", "created", "updated", "type");
    /** Akeneo's date-time format, and ISO dates, both accepted by the range queries. */
    private static final String DATE_FORMATS = "yyyy-MM-dd HH:mm:ss||strict_date_optional_time||epoch_millis";

    private PropertyFilters() {
    }

    static JsonNode query(Condition c, FilterContext ctx) {
        switch (c.field()) {
            case "family" :
                return codes(c, "family");
            case "groups" :
                return codes(c, "groups");
            case "type" :
                return codes(c, "type");
            case "uuid" :
                return and(List.of(term("type", "product"), codes(c, "id")));
            case "parent" :
                return c.operator().equals("=") ? term("parent", c.required().asText()) : codes(c, "ancestors");
            case "categories" :
                return categories(c);
            case "enabled" :
                return bool(c, "enabled");
            case "completeness" :
                return completeness(c, ctx);
            case "identifier" :
                return identifier(c);
            default :
                return dates(c, c.field());
        }
    }

    /** IN, NOT IN, EMPTY, NOT EMPTY on a keyword field. */
    private static JsonNode codes(Condition c, String field) {
        switch (c.operator()) {
            case "IN" :
                return terms(field, c.strings());
            case "NOT IN" :
                return not(terms(field, c.strings()));
            case "EMPTY" :
                return not(exists(field));
            case "NOT EMPTY" :
                return exists(field);
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode categories(Condition c) {
        switch (c.operator()) {
            case "IN" :
                return terms("categories", c.strings());
            case "NOT IN" :
                return not(terms("categories", c.strings()));
            case "IN CHILDREN" :
                return terms("categories_tree", c.strings());
            case "NOT IN CHILDREN" :
                return not(terms("categories_tree", c.strings()));
            case "UNCLASSIFIED" :
                return not(exists("categories"));
            case "IN OR UNCLASSIFIED" :
                return or(List.of(terms("categories", c.strings()), not(exists("categories"))));
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode bool(Condition c, String field) {
        if (!c.required().isBoolean()) {
            throw Condition.invalid(c.field(), "Property \"" + c.field() + "\" expects a boolean as data.");
        }
        switch (c.operator()) {
            case "=" :
                return term(field, c.value().asBoolean());
            case "!=" :
                return not(term(field, c.value().asBoolean()));
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode identifier(Condition c) {
        switch (c.operator()) {
            case "=" :
                return term("identifier", c.required().asText());
            case "!=" :
                return not(term("identifier", c.required().asText()));
            case "IN" :
                return terms("identifier", c.strings());
            case "NOT IN" :
                return not(terms("identifier", c.strings()));
            case "STARTS WITH" :
                return prefix("identifier_folded", TextFolding.fold(c.required().asText()));
            case "CONTAINS" :
                return wildcard("identifier_folded", "*", TextFolding.fold(c.required().asText()), "*");
            case "DOES NOT CONTAIN" :
                return not(wildcard("identifier_folded", "*", TextFolding.fold(c.required().asText()), "*"));
            default :
                throw c.unsupportedOperator();
        }
    }

    /**
     * Completeness on a channel (the condition's scope, else the request's): the simple comparisons hold on at
     * least one of the locales, the {@code … ON ALL LOCALES} ones on all of them.
     */
    private static JsonNode completeness(Condition c, FilterContext ctx) {
        String scope = c.scope() != null ? c.scope() : ctx.scopeOrDefault();
        boolean all = c.operator().endsWith(" ON ALL LOCALES");
        String operator = all ? allLocalesOperator(c) : c.operator();
        List<String> locales = !c.locales().isEmpty()
                ? c.locales()
                : c.locale() != null ? List.of(c.locale()) : ctx.localesOrAll();
        List<JsonNode> perLocale = new ArrayList<>();
        for (String locale : locales) {
            perLocale.add(ratio(c, operator, "completeness." + DocumentSource.completenessKey(scope, locale)));
        }
        return all ? and(perLocale) : or(perLocale);
    }

    private static String allLocalesOperator(Condition c) {
        switch (c.operator()) {
            case "GREATER THAN ON ALL LOCALES" :
                return ">";
            case "GREATER OR EQUALS THAN ON ALL LOCALES" :
                return ">=";
            case "LOWER THAN ON ALL LOCALES" :
                return "<";
            case "LOWER OR EQUALS THAN ON ALL LOCALES" :
                return "<=";
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode ratio(Condition c, String operator, String field) {
        JsonNode value = c.required();
        if (!value.isNumber()) {
            throw Condition.invalid("completeness", "Property \"completeness\" expects a number as data.");
        }
        if ("=".equals(operator)) {
            return term(field, value);
        }
        if ("!=".equals(operator)) {
            return and(List.of(exists(field), not(term(field, value))));
        }
        String range = FilterContext.rangeOperator(operator);
        if (range == null) {
            throw c.unsupportedOperator();
        }
        return range(field, range, value);
    }

    private static JsonNode dates(Condition c, String field) {
        switch (c.operator()) {
            case "=" :
                return dated(between(field, c.required(), c.required()));
            case "!=" :
                return not(dated(between(field, c.required(), c.required())));
            case "<" :
            case ">" :
                return dated(range(field, FilterContext.rangeOperator(c.operator()), c.required()));
            case "BETWEEN" :
            case "NOT BETWEEN" :
                if (!c.required().isArray() || c.value().size() != 2) {
                    throw Condition.invalid(field, "Property \"" + field + "\" expects an array with 2 dates.");
                }
                JsonNode range = dated(between(field, c.value().get(0), c.value().get(1)));
                return c.operator().equals("BETWEEN") ? range : not(range);
            case "SINCE LAST N DAYS" :
                ObjectNode since = range(field, "gte", JsonNodeFactory.instance.textNode(
                        "now-" + c.required().asInt() + "d/d"));
                return since;
            case "EMPTY" :
                return not(exists(field));
            case "NOT EMPTY" :
                return exists(field);
            default :
                throw c.unsupportedOperator();
        }
    }

    private static JsonNode dated(ObjectNode range) {
        ((ObjectNode) range.get("range").elements().next()).put("format", DATE_FORMATS);
        return range;
    }
}
