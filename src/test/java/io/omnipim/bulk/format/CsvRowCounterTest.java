package io.omnipim.bulk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte counter of an import's check must count what the full read returns, or leave the file to it. */
class CsvRowCounterTest {

    @TempDir
    Path dir;

    private static final String HEADER = "sku;name-fr_FR;description-de_DE-ecommerce;price-EUR\n";

    @Test
    void countsTheRowsTheFullReadReturns() throws IOException {
        assertSameCount(HEADER + "A-1;Chemise été;Schönes Hemd;19.90\nA-2;Pull;Pullover;49,00\n");
        assertSameCount(HEADER + "A-1;\"Deux\nlignes\";\"Mit \"\"Zitat\"\"\";1\n\n;;;\nA-2;x;y;2");
        assertSameCount(HEADER.replace("\n", "\r\n") + "A-1;a;b;1\r\n\r\nA-2;\"c\r\nd\";e;2\r\n");
        assertSameCount(HEADER.replace("\n", "\r") + "A-1;a;b;1\rA-2;c;d;2\r");
        assertSameCount(HEADER + "A-1;\"\";\" \n \";\n\"\";\"  \";;\n \t ;;;\nA-2;€ 12;日本;😀\n");
        assertSameCount("\n\n" + HEADER + "A-1;a;b;1\n;\u2003;;\n");
        assertSameCount("\uFEFF" + HEADER + "A-1;a;b;1\nA-2;c;d;2\n");
        assertSameCount(HEADER.replace(';', ',') + "A-1,\"a,b\",c,1\n");
    }

    @Test
    void leavesToTheFullReadWhatItCouldReadOtherwise() throws IOException {
        assertLeft(HEADER + "A-1;\"never closed;b;1\nA-2;c;d;2\n");
        assertLeft(HEADER + "A-1;12\" screen;b;1\n");
        assertLeft(HEADER + "A-1;\"quoted\" then text;b;1\n");
        assertLeft(HEADER + "A-1;a\0b;c;1\n");
        byte[] latin1 = (HEADER + "A-1;Chemise été;b;1\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(OptionalLong.empty(), CsvRowCounter.count(latin1, ';'), "é in Latin-1 is not UTF-8");
        byte[] cut = (HEADER + "A-1;é").getBytes(StandardCharsets.UTF_8);
        assertEquals(OptionalLong.empty(), CsvRowCounter.count(java.util.Arrays.copyOf(cut, cut.length - 1), ';'));
        byte[] overlong = {'a', '\n', (byte) 0xC0, (byte) 0xAF, '\n'};
        assertEquals(OptionalLong.empty(), CsvRowCounter.count(overlong, ';'));
        byte[] surrogate = {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertEquals(OptionalLong.empty(), CsvRowCounter.count(surrogate, ';'));
    }

    @Test
    void otherEncodingsAreLeftToTheFullRead() throws IOException {
        Path file = dir.resolve("windows.csv");
        Files.write(file, (HEADER + "A-1;Chemise été à 12 €;b;1\n").getBytes("windows-1252"));
        try (TableReader reader = TableReaders.open(file, "windows.csv", ReadOptions.detect())) {
            assertEquals(OptionalLong.empty(), CsvRowCounter.count(file, reader.format()));
        }
    }

    private void assertSameCount(String content) throws IOException {
        Path file = dir.resolve("products.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        long rows = 0;
        OptionalLong counted;
        try (TableReader reader = TableReaders.open(file, "products.csv", ReadOptions.detect())) {
            counted = CsvRowCounter.count(file, reader.format());
            while (reader.next() != null) {
                rows++;
            }
        }
        assertTrue(counted.isPresent(), () -> "no count for " + content);
        assertEquals(rows, counted.getAsLong(), () -> "rows of " + content);
    }

    private void assertLeft(String content) {
        assertEquals(OptionalLong.empty(), CsvRowCounter.count(content.getBytes(StandardCharsets.UTF_8), ';'),
                () -> "counted " + content);
    }
}
