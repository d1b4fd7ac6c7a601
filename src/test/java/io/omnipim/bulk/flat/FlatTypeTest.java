package io.omnipim.bulk.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.omnipim.platform.text.DidYouMean;

class FlatTypeTest {

    @Test
    void typesAreNamedAsTheApiNamesItsCollections() {
        assertEquals(FlatType.PRODUCT_MODEL, FlatType.of("product_models"));
        assertEquals(FlatType.FAMILY_VARIANT, FlatType.of("family_variants"));
        assertEquals("association_types", FlatType.ASSOCIATION_TYPE.apiName());
    }

    @Test
    void anUnknownTypeListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlatType.of("product"));

        assertEquals("\"product\" is not a type of flat file; use one of products, product_models, attributes,"
                + " attribute_options, attribute_groups, families, family_variants, categories, channels,"
                + " association_types.", e.getMessage());
    }

    @Test
    void optionsRefuseOtherDecimalSeparatorsAndBadDatePatterns() {
        assertEquals("decimal_separator must be \".\" or \",\", \";\" given.", assertThrows(
                IllegalArgumentException.class, () -> new FlatOptions(';', null, ',')).getMessage());
        assertEquals("date_format \"dd/MM/yyyyp\" is not a valid date pattern; write it like dd/MM/yyyy or"
                + " yyyy-MM-dd.",
                assertThrows(IllegalArgumentException.class,
                        () -> FlatOptions.defaults().withDateFormat("dd/MM/yyyyp")).getMessage());
    }

    @Test
    void theHintIsTheNearestNameWhenCloseEnough() {
        assertEquals(1, DidYouMean.distance("colour", "color"));
        assertEquals("; did you mean \"family\"?", DidYouMean.hint("Famly", java.util.List.of("family", "enabled")));
        assertEquals("", DidYouMean.hint("description_long", java.util.List.of("sku", "name")));
    }
}
