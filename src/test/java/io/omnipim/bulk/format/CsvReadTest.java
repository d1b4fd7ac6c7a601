package io.omnipim.bulk.format;

import static io.omnipim.bulk.format.Tables.concat;
import static io.omnipim.bulk.format.Tables.rows;
import static io.omnipim.bulk.format.Tables.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void utf8WithBomLosesTheBomAndRemembersIt() throws IOException {
        Path file = write(dir, "products.csv", concat(UTF8_BOM,
                "sku;name-fr_FR;price-EUR\nTS-01;Écharpe en laine;29.90\n".getBytes(StandardCharsets.UTF_8)));
        try (TableReader reader = TableReaders.open(file, "products.csv", ReadOptions.detect())) {
            assertEquals(List.of("sku", "name-fr_FR", "price-EUR"), reader.header());
            assertEquals(new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, true, null), reader.format());
            assertEquals(new TableRow(2, List.of("TS-01", "Écharpe en laine", "29.90")), reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void plainUtf8WithoutBom() throws IOException {
        Path file = write(dir, "products.csv", "sku;name-de_DE\nTS-01;Müsli mit Äpfeln 🍎\n", StandardCharsets.UTF_8);
        try (TableReader reader = TableReaders.open(file, "products.csv", null)) {
            assertEquals(new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, false, null), reader.format());
            assertEquals(List.of("TS-01", "Müsli mit Äpfeln 🍎"), reader.next().cells());
        }
    }

    @Test
    void frenchExcelCsvIsReadAsWindows1252() throws IOException {
        Path file = write(dir, "produits.csv",
                "sku;name-fr_FR;name-de_DE;price-EUR\nTS-01;Café crème;Grüner Tee;4,50 €\n", WINDOWS_1252);
        try (TableReader reader = TableReaders.open(file, "produits.csv", ReadOptions.detect())) {
            assertEquals(WINDOWS_1252, reader.format().charset());
            assertEquals(List.of("TS-01", "Café crème", "Grüner Tee", "4,50 €"), reader.next().cells());
        }
    }

    @Test
    void utf16LittleEndianWithBom() throws IOException {
        Path file = write(dir, "products.csv", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "sku\tname-fr_FR\r\nTS-01\tChaussette été\r\n".getBytes(StandardCharsets.UTF_16LE)));
        try (TableReader reader = TableReaders.open(file, "products.csv", ReadOptions.detect())) {
            assertEquals(new TableFormat(FileKind.CSV, '\t', StandardCharsets.UTF_16LE, true, null), reader.format());
            assertEquals(List.of("sku", "name-fr_FR"), reader.header());
            assertEquals(new TableRow(2, List.of("TS-01", "Chaussette été")), reader.next());
        }
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() throws IOException {
        Path file = write(dir, "products.csv", "sku;name-fr_FR\nTS-01;Pull rayé\n", StandardCharsets.UTF_16LE);
        try (TableReader reader = TableReaders.open(file, "products.csv", ReadOptions.detect())) {
            assertEquals(StandardCharsets.UTF_16LE, reader.format().charset());
            assertFalse(reader.format().bom());
            assertEquals(List.of("TS-01", "Pull rayé"), reader.next().cells());
        }
    }

    @Test
    void givenEncodingIsUsed() {
        Path file = write(dir, "products.csv", "sku;name-fr_FR\nTS-01;Été\n", StandardCharsets.ISO_8859_1);
        assertEquals(List.of("TS-01", "Été"),
                rows(file, new ReadOptions(null, StandardCharsets.ISO_8859_1, null)).get(0).cells());
    }

    @Test
    void tabAndCommaDelimitersAreDetectedFromTheHeader() throws IOException {
        Path tabs = write(dir, "tabs.csv", "sku\tname-en_US\tprice-USD\nTS-01\tScarf; wool\t12.5\n",
                StandardCharsets.UTF_8);
        Path commas = write(dir, "commas.csv", "sku,\"categories;x\",name-en_US\nTS-01,\"tops,men\",Shirt\n",
                StandardCharsets.UTF_8);
        try (TableReader reader = TableReaders.open(tabs, "tabs.csv", null)) {
            assertEquals('\t', reader.format().delimiter());
            assertEquals(List.of("TS-01", "Scarf; wool", "12.5"), reader.next().cells());
        }
        try (TableReader reader = TableReaders.open(commas, "commas.csv", null)) {
            assertEquals(',', reader.format().delimiter());
            assertEquals(List.of("sku", "categories;x", "name-en_US"), reader.header());
            assertEquals(List.of("TS-01", "tops,men", "Shirt"), reader.next().cells());
        }
    }

    @Test
    void tieBetweenDelimitersGoesToSemicolonAndAGivenDelimiterWins() throws IOException {
        Path file = write(dir, "products.csv", "sku;name,en\nTS-01;a,b\n", StandardCharsets.UTF_8);
        try (TableReader reader = TableReaders.open(file, "products.csv", null)) {
            assertEquals(';', reader.format().delimiter());
        }
        try (TableReader reader = TableReaders.open(file, "products.csv", new ReadOptions(',', null, null))) {
            assertEquals(List.of("sku;name", "en"), reader.header());
        }
    }

    @Test
    void quotedLineBreaksAndDoubledQuotesKeepLineNumbers() {
        Path file = write(dir, "products.csv", "sku;description-en_US\r\n"
                + "TS-01;\"Soft \"\"merino\"\" wool.\r\nHand wash only.\"\r\n"
                + "\r\n"
                + "TS-02;\"Line one\nline two\nline three\"\n"
                + "TS-03;plain\n", StandardCharsets.UTF_8);
        List<TableRow> rows = rows(file);
        assertEquals(List.of(new TableRow(2, List.of("TS-01", "Soft \"merino\" wool.\r\nHand wash only.")),
                new TableRow(5, List.of("TS-02", "Line one\nline two\nline three")),
                new TableRow(8, List.of("TS-03", "plain"))), rows);
    }

    @Test
    void blankAndEmptyRowsAreSkipped() {
        Path file = write(dir, "products.csv", "\n\nsku;family\n\nTS-01;tshirts\n   \n;\n;;\nTS-02;shoes",
                StandardCharsets.UTF_8);
        List<TableRow> rows = rows(file);
        assertEquals(List.of(new TableRow(5, List.of("TS-01", "tshirts")), new TableRow(9, List.of("TS-02", "shoes"))),
                rows);
    }

    @Test
    void raggedRowsAreReturnedAsFound() {
        Path file = write(dir, "products.csv", "sku;family;enabled\nTS-01;tshirts\nTS-02;shoes;1;extra\nTS-03;;\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("TS-01", "tshirts"), List.of("TS-02", "shoes", "1", "extra"),
                List.of("TS-03", "", "")), rows(file).stream().map(TableRow::cells).toList());
    }

    @Test
    void headerIsTrimmedAndAHeaderOnlyFileHasNoRows() throws IOException {
        Path file = write(dir, "products.csv", " sku ; name-fr_FR\t\n", StandardCharsets.UTF_8);
        try (TableReader reader = TableReaders.open(file, "products.csv", null)) {
            assertEquals(List.of("sku", "name-fr_FR"), reader.header());
            assertNull(reader.next());
        }
    }

    @Test
    void aFiveMegabyteCellIsRead() {
        String description = "Très longue description. ".repeat(200_000);
        assertTrue(description.length() >= 5_000_000);
        Path file = write(dir, "products.csv",
                "sku;description-fr_FR;family\nTS-01;\"" + description + "\";tshirts\nTS-02;court;shoes\n",
                StandardCharsets.UTF_8);
        List<TableRow> rows = rows(file);
        assertEquals(description, rows.get(0).cells().get(1));
        assertEquals(new TableRow(3, List.of("TS-02", "court", "shoes")), rows.get(1));
    }
}
