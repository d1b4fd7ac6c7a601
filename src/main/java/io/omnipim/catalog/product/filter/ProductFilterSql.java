package io.omnipim.catalog.product.filter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;

/**
 * Translates Akeneo's {@code search} query parameter ({@code {property: [{operator, value, locale?, scope?}, …]}})
 * into a PostgreSQL WHERE condition over {@link FilterTarget#from()} and {@link FilterTarget#joins()}. Every
 * condition of every property must hold (AND).
 *
 * <p>
 * Missing values follow Akeneo's Elasticsearch filters: negative operators ({@code !=}, {@code NOT IN},
 * {@code DOES NOT CONTAIN}, {@code NOT BETWEEN}) on an attribute only match products that HAVE a value for it — a
 * product without a colour is neither "red" nor "not red". {@code EMPTY} on an attribute matches products whose family
 * has the attribute and that have no value (absent, null, "" or []). On the properties {@code family},
 * {@code groups} and {@code categories}, {@code NOT IN} does match products without family, groups or categories,
 * as Akeneo's must_not clauses do.
 *
 * <p>
 * User values are only ever bound as parameters; attribute codes, locales and channels are validated against the
 * structure and still travel as parameters (jsonb paths are {@code text[]} parameters).
 */
public final class ProductFilterSql {

    private ProductFilterSql() {
    }

    public static SqlFilter build(FilterTarget target, String searchJson, String searchLocale, String searchScope,
            CatalogStructure catalog, ObjectMapper json) {
        return build(target, searchJson, searchLocale, searchScope, catalog, json, Clock.systemUTC());
    }

    /** With a clock, for SINCE LAST N DAYS under test. */
    static SqlFilter build(FilterTarget target, String searchJson, String searchLocale, String searchScope,
            CatalogStructure catalog, ObjectMapper json, Clock clock) {
        checkDefaults(catalog, searchLocale, searchScope);
        if (searchJson == null || searchJson.isBlank()) {
            return new SqlFilter("", List.of());
        }
        SearchContext context = new SearchContext(target, catalog, searchLocale, searchScope, clock);
        List<Fragment> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties(parse(searchJson, json))) {
            if (!property.getValue().isArray()) {
                throw FilterErrors.badStructure(property.getKey());
            }
            for (JsonNode node : property.getValue()) {
                parts.add(filter(Condition.parse(property.getKey(), node), context));
            }
        }
        if (parts.isEmpty()) {
            return new SqlFilter("", List.of());
        }
        Fragment where = Fragment.and(parts);
        // always parenthesised, so the caller can AND it with its own conditions as is
        String sql = parts.size() == 1 ? "(" + where.sql() + ")" : where.sql();
        return new SqlFilter(sql, where.params());
    }

    private static JsonNode parse(String searchJson, ObjectMapper json) {
        try {
            JsonNode root = json.readTree(searchJson);
            // PHP decodes "[]" to an empty array, which Akeneo accepts as "no filter"
            if (root != null && (root.isObject() || (root.isArray() && root.isEmpty()))) {
                return root;
            }
        } catch (JsonProcessingException e) {
            throw FilterErrors.invalidJson();
        }
        throw FilterErrors.invalidJson();
    }

    private static List<Map.Entry<String, JsonNode>> properties(JsonNode root) {
        return new ArrayList<>(root.properties());
    }

    private static Fragment filter(Condition condition, SearchContext context) {
        FilterTarget target = context.target();
        String property = condition.property();
        if (target.hasProperty(property)) {
            return propertyFilter(condition, context);
        }
        Attribute attribute = context.catalog().attributes().get(property);
        if (attribute == null) {
            throw FilterErrors.unsupported(property, condition.operator());
        }
        return AttributeFilter.build(attribute, condition, context);
    }

    private static Fragment propertyFilter(Condition condition, SearchContext context) {
        switch (condition.property()) {
            case "categories" :
                return CategoryFilter.build(condition, context);
            case "completeness" :
                return context.target() == FilterTarget.PRODUCT
                        ? CompletenessFilter.build(condition, context)
                        : ModelCompletenessFilter.build(condition, context);
            case "created" :
            case "updated" :
                return DateTimeFilter.build(condition, context);
            default :
                return FieldFilters.build(condition, context);
        }
    }

    private static void checkDefaults(CatalogStructure catalog, String searchLocale, String searchScope) {
        if (searchLocale != null && !catalog.enabledLocales().contains(searchLocale)) {
            throw FilterErrors.unprocessable("search_locale",
                    "Locale \"" + searchLocale + "\" does not exist or is not activated.");
        }
        if (searchScope != null && !catalog.channels().containsKey(searchScope)) {
            throw FilterErrors.unprocessable("search_scope", "Scope \"" + searchScope + "\" does not exist.");
        }
    }
}
