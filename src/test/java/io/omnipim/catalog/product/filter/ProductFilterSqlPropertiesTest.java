package io.omnipim.catalog.product.filter;

import static io.omnipim.catalog.product.filter.FilterCatalog.build;
import static io.omnipim.catalog.product.filter.FilterCatalog.product;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProductFilterSqlPropertiesTest {

    /** Every placeholder has its parameter, and the condition can be ANDed as is. */
    static SqlFilter consistent(SqlFilter filter) {
        assertEquals(filter.where().chars().filter(c -> c == '?').count(), filter.params().size(), filter.where());
        assertTrue(filter.where().startsWith("(") && filter.where().endsWith(")"), filter.where());
        return filter;
    }

    static void contains(SqlFilter filter, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(filter.where().contains(fragment), () -> filter.where() + " lacks " + fragment);
        }
    }

    @Test
    void noSearchMeansNoCondition() {
        assertEquals(new SqlFilter("", List.of()), product(null));
        assertEquals(new SqlFilter("", List.of()), product("  "));
        assertEquals(new SqlFilter("", List.of()), product("{}"));
        assertEquals(new SqlFilter("", List.of()), product("[]"));
    }

    @Test
    void enabledIsABooleanColumn() {
        SqlFilter filter = consistent(product("{'enabled':[{'operator':'=','value':true}]}"));
        assertEquals("(p.enabled = ?)", filter.where());
        assertEquals(List.of(true), filter.params());
        assertEquals("(p.enabled <> ?)", product("{'enabled':[{'operator':'!=','value':false}]}").where());
    }

    @Test
    void conditionsAreAndedInOrderWithTheirParams() {
        SqlFilter filter = consistent(product("{'enabled':[{'operator':'=','value':true}],"
                + "'family':[{'operator':'IN','value':['shirts']},{'operator':'NOT IN','value':['gadgets']}]}"));
        assertEquals("(p.enabled = ? AND p.family = ANY(?::text[]) AND NOT COALESCE(p.family = ANY(?::text[]),"
                + " false))", filter.where());
        assertEquals(true, filter.params().get(0));
        assertArrayEquals(new String[]{"shirts"}, (String[]) filter.params().get(1));
        assertArrayEquals(new String[]{"gadgets"}, (String[]) filter.params().get(2));
    }

    @Test
    void uuidsAreCheckedAndNormalised() {
        SqlFilter filter = consistent(
                product("{'uuid':[{'operator':'NOT IN','value':['8945388D-CF5B-49AF-8799-05D1ED6E296F']}]}"));
        assertEquals("(NOT (p.uuid = ANY(?::text[]::uuid[])))", filter.where());
        assertArrayEquals(new String[]{"8945388d-cf5b-49af-8799-05d1ed6e296f"}, (String[]) filter.params().get(0));
    }

    @Test
    void identifierMatchesIgnoringCaseWithLiteralWildcards() {
        SqlFilter starts = consistent(product("{'identifier':[{'operator':'STARTS WITH','value':'AB_1%'}]}"));
        assertEquals("(p.identifier ILIKE ?)", starts.where());
        assertEquals(List.of("AB\\_1\\%%"), starts.params());
        SqlFilter in = consistent(product("{'identifier':[{'operator':'IN','value':['a','B']}]}"));
        contains(in, "lower(p.identifier) = ANY (SELECT lower(x) FROM unnest(?::text[]) AS x)");
        assertEquals("(lower(p.identifier) <> lower(?))",
                product("{'identifier':[{'operator':'!=','value':'x'}]}").where());
        assertEquals("(NULLIF(p.identifier, '') IS NULL)",
                product("{'identifier':[{'operator':'EMPTY'}]}").where());
        SqlFilter notIn = consistent(product("{'identifier':[{'operator':'NOT IN','value':['a']}]}"));
        contains(notIn, "p.identifier IS NOT NULL AND NOT lower(p.identifier) = ANY");
    }

    @Test
    void groupsAreATextArray() {
        assertEquals("(p.groups && ?::text[])", product("{'groups':[{'operator':'IN','value':['promo']}]}").where());
        assertEquals("(NOT (p.groups && ?::text[]))",
                product("{'groups':[{'operator':'NOT IN','value':['promo']}]}").where());
        assertEquals("(cardinality(p.groups) = 0)", product("{'groups':[{'operator':'EMPTY'}]}").where());
    }

    @Test
    void productParentMatchesChildrenAndGrandchildren() {
        SqlFilter equals = consistent(product("{'parent':[{'operator':'=','value':'apollon'}]}"));
        assertEquals("(p.parent = ANY(ARRAY(SELECT code FROM product_model WHERE code = ANY(?::text[]) OR parent ="
                + " ANY(?::text[]))))", equals.where());
        assertEquals(2, equals.params().size());
        SqlFilter in = consistent(product("{'parent':[{'operator':'IN','value':['a','b']}]}"));
        assertEquals(equals.where(), in.where());
        assertEquals("(p.parent IS NOT NULL)", product("{'parent':[{'operator':'NOT EMPTY'}]}").where());
    }

    @Test
    void categoriesIncludeTheAncestorsOnesAndSubtrees() {
        SqlFilter filter = consistent(product("{'categories':[{'operator':'IN CHILDREN','value':['clothes']}]}"));
        assertEquals("((p.categories || COALESCE(m1.categories, '{}'::text[]) || COALESCE(m2.categories,"
                + " '{}'::text[])) && ?::text[])", filter.where());
        assertArrayEquals(new String[]{"clothes", "tshirts"}, (String[]) filter.params().get(0));
        contains(product("{'categories':[{'operator':'NOT IN','value':['shoes']}]}"), "(NOT ((p.categories");
        contains(product("{'categories':[{'operator':'UNCLASSIFIED'}]}"), "cardinality((p.categories", ") = 0");
        contains(consistent(product("{'categories':[{'operator':'IN OR UNCLASSIFIED','value':['shoes']}]}")),
                "&& ?::text[] OR cardinality(");
        contains(product("{'categories':[{'operator':'CLASSIFIED'}]}"), ") > 0");
    }

    @Test
    void completenessOnAtLeastOneLocaleOfTheChannel() {
        SqlFilter filter = consistent(product("{'completeness':[{'operator':'>','value':70,'scope':'ecommerce'}]}"));
        assertEquals("(EXISTS (SELECT 1 FROM completeness c WHERE c.product_uuid = p.uuid AND EXISTS (SELECT 1 FROM"
                + " unnest(?::text[]) AS l(code) WHERE (c.ratios -> ?::text -> l.code -> 'ratio')::int > ?)))",
                filter.where());
        assertArrayEquals(new String[]{"en_US", "fr_FR"}, (String[]) filter.params().get(0));
        assertEquals("ecommerce", filter.params().get(1));
        assertEquals(new BigDecimal("70"), filter.params().get(2));
    }

    @Test
    void completenessLocalesOptionAndSearchScope() {
        SqlFilter filter = consistent(build(FilterTarget.PRODUCT,
                "{'completeness':[{'operator':'<=','value':50,'locales':['fr_FR']}]}", null, "mobile"));
        assertArrayEquals(new String[]{"fr_FR"}, (String[]) filter.params().get(0));
        assertEquals("mobile", filter.params().get(1));
    }

    @Test
    void completenessOnAllLocalesNeedsEveryLocale() {
        SqlFilter filter = consistent(product("{'completeness':[{'operator':'GREATER OR EQUALS THAN ON ALL LOCALES',"
                + "'value':100,'locales':['en_US','fr_FR'],'scope':'ecommerce'}]}"));
        assertEquals("(NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE NOT EXISTS (SELECT 1 FROM"
                + " completeness c WHERE c.product_uuid = p.uuid AND (c.ratios -> ?::text -> l.code -> 'ratio')::int"
                + " >= ?)))", filter.where());
        assertArrayEquals(new String[]{"en_US", "fr_FR"}, (String[]) filter.params().get(0));
        assertEquals(List.of("ecommerce", new BigDecimal("100")), filter.params().subList(1, 3));
    }

    @Test
    void completenessNotEqualWantsEveryLocaleComputed() {
        SqlFilter filter = consistent(product("{'completeness':[{'operator':'!=','value':100,'scope':'mobile'}]}"));
        contains(filter, "WHERE NOT EXISTS (SELECT 1 FROM completeness c", "-> 'ratio')::int IS NOT NULL",
                ") AND EXISTS (", "-> 'ratio')::int <> ?");
        assertEquals(5, filter.params().size());
    }

    @Test
    void datesCompareAtTheSecond() {
        SqlFilter equals = consistent(product("{'created':[{'operator':'=','value':'2016-07-04 10:00:00'}]}"));
        assertEquals("((p.created >= ? AND p.created < ?))", equals.where());
        assertEquals(
                List.of(OffsetDateTime.parse("2016-07-04T10:00:00Z"), OffsetDateTime.parse("2016-07-04T10:00:01Z")),
                equals.params());
        SqlFilter after = consistent(product("{'created':[{'operator':'>','value':'2016-07-04T12:00:00+02:00'}]}"));
        assertEquals("(p.created >= ?)", after.where());
        assertEquals(List.of(OffsetDateTime.parse("2016-07-04T10:00:01Z")), after.params());
        SqlFilter notBetween = consistent(product(
                "{'created':[{'operator':'NOT BETWEEN','value':['2016-07-04 10:00:00','2016-07-05 10:00:00']}]}"));
        assertEquals("((p.created < ? OR p.created >= ?))", notBetween.where());
        assertEquals(OffsetDateTime.parse("2016-07-05T10:00:01Z"), notBetween.params().get(1));
    }

    @Test
    void variantsCountAsUpdatedWhenTheirModelsAre() {
        SqlFilter filter = consistent(product("{'updated':[{'operator':'SINCE LAST N DAYS','value':4}]}"));
        assertEquals("(GREATEST(p.updated, m1.updated, m2.updated) > ?)", filter.where());
        assertEquals(List.of(OffsetDateTime.parse("2024-05-06T12:00:00Z")), filter.params());
    }

    @Test
    void productModelsUseTheirOwnAliases() {
        SqlFilter filter = consistent(build(FilterTarget.PRODUCT_MODEL, "{'parent':[{'operator':'IN','value':['m']}],"
                + "'categories':[{'operator':'IN','value':['shoes']}],'updated':[{'operator':'<','value':'2020-01-01'}]}"));
        assertEquals("(pm.parent = ANY(?::text[]) AND (pm.categories || COALESCE(pm1.categories, '{}'::text[]))"
                + " && ?::text[] AND pm.updated < ?)", filter.where());
        assertEquals(OffsetDateTime.parse("2020-01-01T00:00:00Z"), filter.params().get(2));
    }

    @Test
    void productModelCompletenessLooksAtTheVariants() {
        SqlFilter all = consistent(build(FilterTarget.PRODUCT_MODEL,
                "{'completeness':[{'operator':'ALL COMPLETE','locale':'fr_FR','scope':'ecommerce'}]}"));
        contains(all, "NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS l(code) WHERE (SELECT bool_and(r.ratio = 100)",
                "d.parent = pm.code OR d.parent IN (SELECT s.code FROM product_model s WHERE s.parent = pm.code)",
                "IS NOT TRUE");
        assertArrayEquals(new String[]{"fr_FR"}, (String[]) all.params().get(0));
        assertEquals("ecommerce", all.params().get(1));
        SqlFilter one = consistent(build(FilterTarget.PRODUCT_MODEL,
                "{'completeness':[{'operator':'AT LEAST INCOMPLETE','locales':['en_US'],'scope':'ecommerce'}]}"));
        contains(one, "EXISTS (SELECT 1 FROM product d JOIN completeness c", "r.ratio < 100");
        assertArrayEquals(new String[]{"en_US"}, (String[]) one.params().get(0));
        assertEquals("ecommerce", one.params().get(1));
    }

    @Test
    void targetsDescribeTheirFromClause() {
        assertEquals("product p", FilterTarget.PRODUCT.from());
        assertTrue(FilterTarget.PRODUCT.joins().contains("LEFT JOIN product_model m2 ON m2.code = m1.parent"));
        assertEquals("LEFT JOIN product_model pm1 ON pm1.code = pm.parent", FilterTarget.PRODUCT_MODEL.joins());
    }
}
