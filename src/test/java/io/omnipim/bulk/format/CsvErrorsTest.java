package io.omnipim.bulk.format;

import static io.omnipim.bulk.format.Tables.concat;
import static io.omnipim.bulk.format.Tables.failure;
import static io.omnipim.bulk.format.Tables.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvErrorsTest {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("products.csv: the file is empty", failure(write(dir, "products.csv", new byte[0])));
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() {
        assertEquals("products.csv: the file is empty (it has no header line)",
                failure(write(dir, "products.csv", "\r\n\r\n  \n", UTF_8)));
    }

    @Test
    void binaryDataIsRefusedWithItsPosition() {
        byte[] png = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});
        assertEquals("logo.csv is not a text file (it contains binary data at byte 9): upload a CSV or XLSX file",
                failure(write(dir, "logo.csv", png)));
    }

    @Test
    void utf8DamagedByAnotherEditorNamesTheLine() {
        byte[] text = concat("sku;name-fr_FR\nTS-01;Écharpe\nTS-02;Pull\n".getBytes(UTF_8),
                "TS-03;Pull ray\u00e9 \n".getBytes(WINDOWS_1252));
        assertEquals("products.csv, line 4: invalid UTF-8 byte sequence (0xE9 0x20); save the file as UTF-8 or give"
                + " encoding=windows-1252", failure(write(dir, "products.csv", text)));
    }

    @Test
    void aBadSequenceFarIntoTheFileStopsTheReadAtItsLine() {
        StringBuilder text = new StringBuilder("sku;name-fr_FR\n");
        for (int i = 1; i <= 120_000; i++) {
            text.append("TS-").append(i).append(";Écharpe en laine mérinos\n");
        }
        long badLine = 120_000 + 2;
        byte[] bytes = concat(text.toString().getBytes(UTF_8), "TS-X;caf".getBytes(UTF_8),
                new byte[]{(byte) 0xE9, ';', '\n'}, "TS-Y;ok\n".getBytes(UTF_8));
        Path file = write(dir, "products.csv", bytes);
        List<TableRow> read = new ArrayList<>();
        TableFileException e = assertThrows(TableFileException.class, () -> {
            try (TableReader reader = TableReaders.open(file, "products.csv", null)) {
                for (TableRow row = reader.next(); row != null; row = reader.next()) {
                    read.add(row);
                }
            }
        });
        assertEquals("products.csv, line " + badLine + ": invalid UTF-8 byte sequence (0xE9 0x3B); save the file as"
                + " UTF-8 or give encoding=windows-1252", e.getMessage());
        assertEquals(badLine, e.line());
        assertEquals(120_000, read.size());
    }

    @Test
    void aGivenEncodingIsDecodedStrictly() {
        Path file = write(dir, "products.csv", "sku;name-fr_FR\nTS-01;Crème\n", WINDOWS_1252);
        assertEquals("products.csv, line 2: invalid UTF-8 byte sequence (0xE8 0x6D); save the file as UTF-8 or give"
                + " encoding=windows-1252", failure(file, new ReadOptions(null, UTF_8, null)));
    }

    @Test
    void anUnterminatedQuoteNamesTheLineWhereItStarts() {
        Path middle = write(dir, "products.csv",
                "sku;name-fr_FR;family\nTS-01;Pull;tops\nTS-02;\"Pull rayé;tops\nTS-03;Jupe;bottoms\n", UTF_8);
        assertEquals("products.csv, line 3: unterminated quoted value starting on this line; check the quotes in this"
                + " row", failure(middle));
        Path first = write(dir, "first.csv", "sku;name-fr_FR\nTS-01;\"Pull\nsur deux lignes\"\n\"TS-02;Jupe\n", UTF_8);
        assertEquals("first.csv, line 4: unterminated quoted value starting on this line; check the quotes in this row",
                failure(first));
    }

    @Test
    void textAfterAClosingQuoteNamesLineAndColumn() {
        Path file = write(dir, "products.csv", "sku;name-fr_FR;family\nTS-01;\"Pull \"marin\" rayé\";tops\n", UTF_8);
        TableFileException e = assertThrows(TableFileException.class, () -> Tables.rows(file));
        assertEquals(
                "products.csv, line 2, column 2 \"name-fr_FR\": unexpected text after the closing quote of a quoted"
                        + " value; a quote inside a quoted value must be doubled (\"\")",
                e.getMessage());
        assertEquals(2, e.column());
        assertEquals("name-fr_FR", e.columnName());
    }

    @Test
    void aCellOverSixteenMegabytesNamesLineAndColumn() {
        String huge = "x".repeat(CsvTableReader.MAX_CELL_CHARS + 10);
        Path file = write(dir, "products.csv", "sku;family;description-en_US\nTS-01;tops;ok\nTS-02;tops;" + huge + "\n",
                UTF_8);
        assertEquals("products.csv, line 3, column 3 \"description-en_US\": the value is longer than 16 MB, the most a"
                + " cell may hold; check for a quote that is never closed", failure(file));
    }

    @Test
    void anEmptyHeaderCellNamesItsColumn() {
        TableFileException e = assertThrows(TableFileException.class,
                () -> Tables.rows(write(dir, "products.csv", "sku;name-fr_FR;;family\nTS-01;Pull;;tops\n", UTF_8)));
        assertEquals("products.csv, line 1, column 3: this column has no name in the header; name it or delete the"
                + " column", e.getMessage());
        assertEquals(3, e.column());
    }

    @Test
    void aDuplicateColumnNamesBothPlaces() {
        Path file = write(dir, "products.csv", "sku;family;name-fr_FR;categories;name-fr_FR\n", UTF_8);
        assertEquals("products.csv, line 1: column 5 \"name-fr_FR\" appears twice (columns 3 and 5); remove or rename"
                + " one of them", failure(file));
    }
}
