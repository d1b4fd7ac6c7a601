package io.omnipim.bulk.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Number cells as spreadsheets and people write them, with either decimal separator. */
class CellNumberTest {

    private final CellFormats dot = new CellFormats(FlatOptions.defaults());
    private final CellFormats comma = new CellFormats(new FlatOptions(',', null, ','));

    @Test
    void plainNumbersReadTheSameWithEitherSeparator() {
        assertEquals(new BigDecimal("49.90"), dot.number("49.90"));
        assertEquals(new BigDecimal("12"), comma.number("12"));
        assertEquals(new BigDecimal("7"), dot.number("007"));
        assertEquals(new BigDecimal("-0.25"), dot.number("-0.25"));
        assertEquals(new BigDecimal("0.5"), dot.number(".5"));
        assertEquals(new BigDecimal("1234.5"), comma.number("1 234,5"));
        assertEquals(new BigDecimal("1234.5"), dot.number(" 1\u00a0234.5 "));
    }

    @Test
    void aDecimalCommaOrDotInTheWrongPlaceSaysHowToFixIt() {
        assertEquals("\"12,5\" is not a number; use a dot as decimal separator or import with decimal_separator=,",
                assertThrows(CellProblem.class, () -> dot.number("12,5")).getMessage());
        assertEquals("\"12.5\" is not a number with a comma as decimal separator (the import runs with"
                + " decimal_separator=,): write 12,5",
                assertThrows(CellProblem.class, () -> comma.number("12.5"))
                        .getMessage());
        assertThrows(CellProblem.class, () -> dot.number("12."));
        assertThrows(CellProblem.class, () -> dot.number("1.2.3"));
        assertThrows(CellProblem.class, () -> dot.number("1e5"));
        assertThrows(CellProblem.class, () -> dot.number("\u0663"));
    }

    @Test
    void listCellsDropEmptyCodesAndSpaces() {
        assertEquals(java.util.List.of("shoes", "men_sneakers"), dot.list(" shoes ,, men_sneakers,"));
        assertEquals(java.util.List.of(), dot.list(""));
        assertEquals(java.util.List.of("a|b", "c"), new CellFormats(new FlatOptions('.', null, ';')).list("a|b;c"));
    }
}
