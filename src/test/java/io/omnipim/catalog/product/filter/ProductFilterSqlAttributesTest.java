package io.omnipim.catalog.product.filter;

import static io.omnipim.catalog.product.filter.FilterCatalog.build;
import static io.omnipim.catalog.product.filter.FilterCatalog.product;
import static io.omnipim.catalog.product.filter.ProductFilterSqlPropertiesTest.consistent;
import static io.omnipim.catalog.product.filter.ProductFilterSqlPropertiesTest.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProductFilterSqlAttributesTest {

    private static final String VALUE = "COALESCE(p.raw_values #> ?::text[], m1.raw_values #> ?::text[],"
            + " m2.raw_values #> ?::text[])";

    private static void path(SqlFilter filter, int at, String... expected) {
        for (int i = at; i < at + 3; i++) {
            assertArrayEquals(expected, (String[]) filter.params().get(i), "param " + i);
        }
    }

    @Test
    void textReadsTheInheritedValueForTheLocale() {
        SqlFilter filter = consistent(
                product("{'name':[{'operator':'CONTAINS','value':'50% off','locale':'en_US'}]}"));
        assertEquals("((" + VALUE + " #>> '{}') ILIKE ?)", filter.where());
        path(filter, 0, "name", "<all_channels>", "en_US");
        assertEquals("%50\\% off%", filter.params().get(3));
    }

    @Test
    void searchLocaleAndScopeFillInOnlyWhereNeeded() {
        SqlFilter filter = consistent(build(FilterTarget.PRODUCT, "{'description':[{'operator':'=','value':'x'}],"
                + "'ean':[{'operator':'=','value':'123'}]}", "fr_FR", "mobile"));
        path(filter, 0, "description", "mobile", "fr_FR");
        assertEquals("x", filter.params().get(3));
        path(filter, 4, "ean", "<all_channels>", "<all_locales>");
        contains(filter, "lower((" + VALUE + " #>> '{}')) = lower(?)");
    }

    @Test
    void theIdentifierAttributeIsTheIdentifierColumn() {
        SqlFilter filter = consistent(product("{'sku':[{'operator':'=','value':'AB1'}]}"));
        assertEquals("(lower(p.identifier) = lower(?))", filter.where());
        assertEquals(List.of("AB1"), filter.params());
    }

    @Test
    void textNegationsNeedAValue() {
        SqlFilter filter = consistent(product("{'ean':[{'operator':'DOES NOT CONTAIN','value':'x'}]}"));
        assertEquals("((" + VALUE + " #>> '{}') NOT ILIKE ?)", filter.where());
        contains(product("{'ean':[{'operator':'ENDS WITH','value':'9'}]}"), "ILIKE ?");
        assertEquals("%9", product("{'ean':[{'operator':'ENDS WITH','value':'9'}]}").params().get(3));
    }

    @Test
    void emptyWantsTheAttributeInTheFamily() {
        SqlFilter filter = consistent(product("{'weight':[{'operator':'EMPTY'}]}"));
        assertEquals("((NOT (COALESCE(" + VALUE + " NOT IN ('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, '{}'::jsonb),"
                + " false)) AND p.family = ANY(?::text[])))", filter.where());
        assertArrayEquals(new String[]{"shirts", "gadgets"}, (String[]) filter.params().get(3));
        SqlFilter notEmpty = consistent(product("{'color':[{'operator':'NOT EMPTY'}]}"));
        assertEquals("(COALESCE(" + VALUE + " NOT IN ('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, '{}'::jsonb),"
                + " false))", notEmpty.where());
    }

    @Test
    void numbersCompareAsNumeric() {
        SqlFilter filter = consistent(product("{'count':[{'operator':'>=','value':'12.50'}]}"));
        assertEquals("(NULLIF(" + VALUE + " #>> '{}', '')::numeric >= ?)", filter.where());
        assertEquals(new BigDecimal("12.50"), filter.params().get(3));
        SqlFilter between = consistent(product("{'count':[{'operator':'BETWEEN','value':[1, 2.5]}]}"));
        contains(between, "::numeric BETWEEN ? AND ?");
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("2.5")), between.params().subList(3, 5));
        contains(product("{'count':[{'operator':'!=','value':3}]}"), "::numeric <> ?");
    }

    @Test
    void metricsCompareInTheStandardUnit() {
        SqlFilter filter = consistent(product("{'weight':[{'operator':'<','value':{'amount':'500','unit':'GRAM'}}]}"));
        assertEquals("(NULLIF(" + VALUE + " ->> 'base_data', '')::numeric < ?)", filter.where());
        assertEquals(0, new BigDecimal("0.5").compareTo((BigDecimal) filter.params().get(3)));
    }

    @Test
    void pricesLookAtOneCurrency() {
        SqlFilter filter = consistent(product("{'price':[{'operator':'<','value':{'amount':12,'currency':'EUR'}}]}"));
        assertEquals("(EXISTS (SELECT 1 FROM jsonb_array_elements(" + VALUE + ") AS e WHERE NULLIF(e ->> 'amount',"
                + " '') IS NOT NULL AND e ->> 'currency' = ? AND NULLIF(e ->> 'amount', '')::numeric < ?))",
                filter.where());
        assertEquals(List.of("EUR", new BigDecimal("12")), filter.params().subList(3, 5));
        SqlFilter emptyInEur = consistent(product("{'price':[{'operator':'EMPTY','value':{'currency':'EUR'}}]}"));
        contains(emptyInEur, "(NOT (EXISTS (SELECT 1 FROM jsonb_array_elements(", "AND p.family = ANY(?::text[])");
        assertEquals("EUR", emptyInEur.params().get(3));
        SqlFilter anyPrice = consistent(product("{'price':[{'operator':'NOT EMPTY'}]}"));
        assertEquals(3, anyPrice.params().size());
    }

    @Test
    void optionsMatchWhateverTheirCase() {
        SqlFilter filter = consistent(product("{'color':[{'operator':'IN','value':['RED','blue']}]}"));
        assertEquals("(lower(" + VALUE + " #>> '{}') = ANY(?::text[]))", filter.where());
        assertArrayEquals(new String[]{"red", "blue"}, (String[]) filter.params().get(3));
        SqlFilter notIn = consistent(product("{'sizes':[{'operator':'NOT IN','value':['s']}]}"));
        contains(notIn, "false) AND NOT (EXISTS (SELECT 1 FROM jsonb_array_elements_text(",
                "AS o(code) WHERE lower(o.code) = ANY(?::text[])))");
        assertEquals(7, notIn.params().size());
    }

    @Test
    void datesBooleansAndMedia() {
        SqlFilter date = consistent(product("{'release':[{'operator':'BETWEEN','value':['2016-07-01','2016-07-31'],"
                + "'scope':'ecommerce'}]}"));
        assertEquals("(NULLIF(" + VALUE + " #>> '{}', '')::date BETWEEN ?::date AND ?::date)", date.where());
        path(date, 0, "release", "ecommerce", "<all_locales>");
        assertEquals(List.of("2016-07-01", "2016-07-31"), date.params().subList(3, 5));
        SqlFilter bool = consistent(product("{'active':[{'operator':'!=','value':true}]}"));
        assertEquals("(" + VALUE + " <> to_jsonb(?::boolean))", bool.where());
        assertEquals(true, bool.params().get(3));
        contains(product("{'picture':[{'operator':'STARTS WITH','value':'a/b'}]}"), "ILIKE ?");
    }

    @Test
    void productModelsInheritFromTheirParentOnly() {
        SqlFilter filter = consistent(build(FilterTarget.PRODUCT_MODEL,
                "{'sku':[{'operator':'EMPTY'}],'name':[{'operator':'=','value':'x','locale':'fr_FR'}]}"));
        contains(filter, "COALESCE(pm.raw_values #> ?::text[], pm1.raw_values #> ?::text[])",
                "pm.family = ANY(?::text[])");
        assertArrayEquals(new String[]{"sku", "<all_channels>", "<all_locales>"}, (String[]) filter.params().get(0));
        assertArrayEquals(new String[]{"name", "<all_channels>", "fr_FR"}, (String[]) filter.params().get(3));
    }
}
