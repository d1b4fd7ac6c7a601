package io.omnipim.bulk.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Texts a spreadsheet would run as formulas get one quote on export, and exactly that quote goes on import. */
class FlatTextTest {

    @Test
    void formulaLikeTextsAreQuotedOnceAndComeBackIntact() {
        List<String> formulaLike = List.of("=SUMME(A1:A3)", "+33 1 23 45 67 89", "-20 % Rabatt", "@marque", "'=A1",
                "''-5");
        for (String text : formulaLike) {
            assertEquals("'" + text, FlatText.neutralise(text));
            assertEquals(text, FlatText.restore(FlatText.neutralise(text)));
        }
        List<String> plain = List.of("", "'", "''", "Écharpe = chaude", "12,50 €", "'quoted'", "a-b", " =espace");
        for (String text : plain) {
            assertEquals(text, FlatText.neutralise(text));
            assertEquals(text, FlatText.restore(text));
        }
        assertEquals("=A1", FlatText.restore("'=A1"));
        assertEquals("'@x", FlatText.restore("''@x"));
    }
}
