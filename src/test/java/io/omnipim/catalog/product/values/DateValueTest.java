package io.omnipim.catalog.product.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates as the API and the flat files send them, including the impossible ones. */
class DateValueTest {

    @Test
    void aDateOrItsMidnightUtcFormReadsAsThatDay() {
        assertEquals(LocalDate.of(2024, 9, 15), TypedValues.parseDate("2024-09-15"));
        assertEquals(LocalDate.of(2024, 9, 15), TypedValues.parseDate("2024-09-15T00:00:00+00:00"));
        assertEquals(LocalDate.of(2024, 2, 29), TypedValues.parseDate("2024-02-29T00:00:00+00:00"));
        assertEquals(LocalDate.of(2024, 9, 15), TypedValues.parseDate("2024-09-15T23:30:00+02:00"));
    }

    @Test
    void anImpossibleDateIsNotADate() {
        assertNull(TypedValues.parseDate("2023-02-29T00:00:00+00:00"));
        assertNull(TypedValues.parseDate("2024-13-01T00:00:00+00:00"));
        assertNull(TypedValues.parseDate("2024-O9-15T00:00:00+00:00"));
        assertNull(TypedValues.parseDate("15/09/2024"));
    }
}
