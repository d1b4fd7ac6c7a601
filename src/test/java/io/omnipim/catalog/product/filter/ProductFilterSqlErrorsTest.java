package io.omnipim.catalog.product.filter;

import static io.omnipim.catalog.product.filter.FilterCatalog.build;
import static io.omnipim.catalog.product.filter.FilterCatalog.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.omnipim.platform.errors.PimException;

class ProductFilterSqlErrorsTest {

    private static PimException fails(FilterTarget target, String search, String locale, String scope) {
        return assertThrows(PimException.class, () -> build(target, search, locale, scope));
    }

    /** A 422 whose field error names the property and whose message says what is wrong. */
    private static void unprocessable(String search, String property, String message) {
        unprocessable(FilterTarget.PRODUCT, search, property, message);
    }

    private static void unprocessable(FilterTarget target, String search, String property, String message) {
        PimException e = fails(target, search, null, null);
        assertEquals(422, e.status(), e.getMessage());
        assertEquals(property, e.errors().get(0).property());
        assertTrue(e.getMessage().contains(message), () -> e.getMessage() + " lacks " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{", "{'a':", "12", "'text'", "[1]", "null"})
    void malformedJsonIsABadRequest(String search) {
        PimException e = fails(FilterTarget.PRODUCT, search, null, null);
        assertEquals(400, e.status());
        assertEquals("Search query parameter should be valid JSON.", e.getMessage());
    }

    @Test
    void unknownPropertiesAndOperatorsAreNamed() {
        unprocessable("{'colour':[{'operator':'=','value':'x'}]}", "colour",
                "Filter on property \"colour\" is not supported or does not support operator \"=\"");
        unprocessable("{'enabled':[{'operator':'IN','value':[true]}]}", "enabled", "operator \"IN\"");
        unprocessable("{'color':[{'operator':'CONTAINS','value':'r'}]}", "color", "operator \"CONTAINS\"");
        unprocessable("{'active':[{'operator':'>','value':true}]}", "active", "operator \">\"");
        unprocessable("{'grid':[{'operator':'EMPTY'}]}", "grid", "operator \"EMPTY\"");
        unprocessable(FilterTarget.PRODUCT_MODEL, "{'uuid':[{'operator':'IN','value':[]}]}", "uuid",
                "property \"uuid\" is not supported");
        unprocessable(FilterTarget.PRODUCT_MODEL, "{'completeness':[{'operator':'=','value':100,'scope':'mobile'}]}",
                "completeness", "operator \"=\"");
    }

    @Test
    void badStructuresAreNamed() {
        unprocessable("{'enabled':{'operator':'=','value':true}}", "enabled", "should respect this structure");
        unprocessable("{'enabled':['='] }", "enabled", "should respect this structure");
        unprocessable("{'enabled':[{'value':true}]}", "enabled", "Operator is missing for the property \"enabled\"");
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        unprocessable("{'family':[{'operator':'IN','value':'shirts'}]}", "family", "expects an array as data");
        unprocessable("{'enabled':[{'operator':'=','value':'yes'}]}", "enabled", "expects a boolean");
        unprocessable("{'count':[{'operator':'BETWEEN','value':[1]}]}", "count", "an array of 2 values");
        unprocessable("{'count':[{'operator':'>','value':'many'}]}", "count", "expects a numeric");
        unprocessable("{'created':[{'operator':'=','value':'04/07/2016'}]}", "created",
                "format \"yyyy-mm-dd H:i:s\"");
        unprocessable("{'release':[{'operator':'=','value':'2016-13-45','scope':'mobile'}]}", "release",
                "format \"yyyy-mm-dd\"");
        unprocessable("{'updated':[{'operator':'SINCE LAST N DAYS','value':'4'}]}", "updated", "an integer");
        unprocessable("{'uuid':[{'operator':'IN','value':['nope']}]}", "uuid", "valid uuids");
        unprocessable("{'name':[{'operator':'=','value':'x','locale':7}]}", "name", "a string as locale");
        unprocessable("{'weight':[{'operator':'=','value':{'amount':1}}]}", "weight", "the key \"unit\"");
    }

    @Test
    void unknownCodesAreNamed() {
        unprocessable("{'family':[{'operator':'IN','value':['boats']}]}", "family",
                "Object \"family\" with code \"boats\" does not exist");
        unprocessable("{'categories':[{'operator':'IN CHILDREN','value':['boats']}]}", "categories", "\"boats\"");
        unprocessable("{'color':[{'operator':'IN','value':['green']}]}", "color", "\"green\" does not exist");
        unprocessable("{'weight':[{'operator':'>','value':{'amount':1,'unit':'TON'}}]}", "weight",
                "expects a valid unit");
        unprocessable("{'price':[{'operator':'>','value':{'amount':1,'currency':'GBP'}}]}", "price",
                "expects a valid currency");
        unprocessable("{'price':[{'operator':'NOT EMPTY FOR CURRENCY'}]}", "price", "with the keys currency");
    }

    @Test
    void localesAndScopesMustFitTheAttribute() {
        unprocessable("{'name':[{'operator':'=','value':'x'}]}", "name",
                "Attribute \"name\" expects a locale, none given.");
        unprocessable("{'ean':[{'operator':'=','value':'x','locale':'en_US'}]}", "ean",
                "Attribute \"ean\" does not expect a locale, \"en_US\" given.");
        unprocessable("{'name':[{'operator':'=','value':'x','locale':'de_DE'}]}", "name",
                "expects an existing and activated locale, \"de_DE\" given.");
        unprocessable("{'french_only':[{'operator':'=','value':'x','locale':'en_US'}]}", "french_only",
                "is locale specific");
        unprocessable("{'release':[{'operator':'>','value':'2016-01-01'}]}", "release",
                "Attribute \"release\" expects a scope, none given.");
        unprocessable("{'release':[{'operator':'>','value':'2016-01-01','scope':'print'}]}", "release",
                "expects an existing scope, \"print\" given.");
        unprocessable("{'ean':[{'operator':'=','value':'x','scope':'mobile'}]}", "ean", "does not expect a scope");
    }

    @Test
    void completenessNeedsAChannelAndLocales() {
        unprocessable("{'completeness':[{'operator':'>','value':50}]}", "completeness", "expects a valid scope");
        unprocessable("{'completeness':[{'operator':'>','value':50,'scope':'print'}]}", "completeness", "\"print\"");
        unprocessable("{'completeness':[{'operator':'LOWER THAN ON ALL LOCALES','value':50,'scope':'mobile'}]}",
                "completeness", "the key \"locales\"");
        unprocessable(FilterTarget.PRODUCT_MODEL, "{'completeness':[{'operator':'ALL COMPLETE','scope':'mobile'}]}",
                "completeness", "expects a valid locale");
    }

    @Test
    void searchWideLocaleAndScopeMustExist() {
        PimException locale = fails(FilterTarget.PRODUCT, "{}", "xx_XX", null);
        assertEquals(422, locale.status());
        assertEquals("search_locale", locale.errors().get(0).property());
        PimException scope = fails(FilterTarget.PRODUCT, null, null, "print");
        assertEquals("search_scope", scope.errors().get(0).property());
    }

    @Test
    void nothingIsBuiltFromAFailedSearch() {
        // the first condition is fine, the second is not: no partial SQL escapes
        assertThrows(PimException.class,
                () -> product("{'enabled':[{'operator':'=','value':true},{'operator':'LIKE','value':true}]}"));
    }
}
