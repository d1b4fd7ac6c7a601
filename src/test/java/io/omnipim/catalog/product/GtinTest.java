package io.omnipim.catalog.product;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.omnipim.catalog.product.values.Gtin;

class GtinTest {

    @Test
    void checksTheCheckDigitOfEveryGtinLength() {
        assertTrue(Gtin.valid("96385074")); // GTIN-8
        assertTrue(Gtin.valid("036000291452")); // UPC-A
        assertTrue(Gtin.valid("4006381333931")); // EAN-13
        assertTrue(Gtin.valid("10012345678902")); // GTIN-14
        assertFalse(Gtin.valid("4006381333932"), "wrong check digit");
        assertFalse(Gtin.valid("400638133393"), "a 12-digit prefix of an EAN is not a UPC");
        assertFalse(Gtin.valid("40063813339"), "11 digits");
        assertFalse(Gtin.valid("40063813339a1"));
        assertFalse(Gtin.valid("4006381 33931"));
        assertFalse(Gtin.valid("\u0664006381333931"), "only ASCII digits");
        assertFalse(Gtin.valid(""));
        assertFalse(Gtin.valid(null));
    }
}
