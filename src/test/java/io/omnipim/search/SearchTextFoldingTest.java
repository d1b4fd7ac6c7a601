package io.omnipim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.omnipim.search.index.TextFolding;

class SearchTextFoldingTest {

    @Test
    void foldsCaseAndAccentsTheSameWayForEveryScript() {
        assertEquals("elan vital", TextFolding.fold("Élan Vital"));
        assertEquals("elegant", TextFolding.fold("ÉLÉGANT"));
        assertEquals("strasse", TextFolding.fold("Straße"));
        assertEquals("oeuvre aeroskobing", TextFolding.fold("Œuvre Ærøskøbing"));
        assertEquals("lodz", TextFolding.fold("Łódź"));
    }

    @Test
    void splitsWordsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("chaussures", "de", "randonnee", "42"), TextFolding.words("Chaussures de randonnée (42)"));
        assertEquals(List.of("t", "shirt", "bio"), TextFolding.words("T-shirt, t-shirt bio!"));
        assertEquals(List.of("cafe", "creme"),
                TextFolding.words(TextFolding.stripHtml("<p>Café&nbsp;<b>crème</b></p>")));
    }
}
