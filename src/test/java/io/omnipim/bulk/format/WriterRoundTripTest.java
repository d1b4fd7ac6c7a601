package io.omnipim.bulk.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterRoundTripTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> HEADER = List.of("sku", "name-fr_FR", "description-de_DE", "price-EUR",
            "categories", "notes");
    private static final String[] AWKWARD = {";", ",", "\t", "\"", "\"\"", "\n", "\r\n", " ", "é", "ü", "ß", "€",
            "Crème brûlée", "Größe: 42", "49,90 €", "'=SUM(A1)", "=1+1", "00123", "4006381333931", "#N/A", "a;b,c",
            "\"quoted\"", "  lead", "trail  "};
    private static final String[] EMOJI = {"🙂", "👕 T-shirt", "👍🏽"};

    @TempDir
    Path dir;

    @Test
    void csvRoundTripsAwkwardValuesInEveryFormat() throws IOException {
        roundTrip(new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, true, null), true);
        roundTrip(new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, false, null), true);
        roundTrip(new TableFormat(FileKind.CSV, ',', WINDOWS_1252, false, null), false);
        roundTrip(new TableFormat(FileKind.CSV, '\t', StandardCharsets.UTF_16LE, true, null), true);
        roundTrip(new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_16BE, true, null), true);
    }

    @Test
    void xlsxRoundTripsAwkwardValues() throws IOException {
        roundTrip(TableFormat.xlsx("Produits"), true);
    }

    @Test
    void csvQuotesOnlyWhereNeeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriters.open(out, TableFormat.csv())) {
            writer.header(List.of("sku", "name-fr_FR", "notes"));
            writer.row(Arrays.asList("TS-01", "Pull \"marin\"; rayé", null));
            writer.row(List.of("TS-02", " espace", "deux\nlignes"));
        }
        assertEquals("sku;name-fr_FR;notes\nTS-01;\"Pull \"\"marin\"\"; rayé\";\nTS-02;\" espace\";\"deux\nlignes\"\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvWritesTheBomOfItsCharset() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriters.open(out,
                new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, true, null))) {
            writer.header(List.of("sku"));
        }
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'k', 'u', '\n'},
                out.toByteArray());
    }

    @Test
    void xlsxHasABoldHeaderAndOnlyTextCells() throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (TableWriter writer = TableWriters.open(Files.newOutputStream(file), TableFormat.xlsx(null))) {
            writer.header(List.of("sku", "formula", "gtin"));
            writer.row(List.of("TS-01", "=SUM(A1:A3)", "4006381333931"));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("products");
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            for (Cell cell : sheet.getRow(1)) {
                assertEquals(CellType.STRING, cell.getCellType());
            }
            assertEquals("=SUM(A1:A3)", sheet.getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void xlsxRefusesAValueExcelCannotHold() throws IOException {
        try (TableWriter writer = TableWriters.open(new ByteArrayOutputStream(), TableFormat.xlsx(null))) {
            writer.header(List.of("sku", "description-en_US"));
            TableFileException e = assertThrows(TableFileException.class,
                    () -> writer.row(List.of("TS-01", "x".repeat(40_000))));
            assertEquals("Sheet \"products\", row 2, column B \"description-en_US\": the value has 40000 characters,"
                    + " more than the 32767 an Excel cell can hold; export as CSV instead", e.getMessage());
        }
    }

    private void roundTrip(TableFormat format, boolean emoji) throws IOException {
        List<List<String>> rows = randomRows(new Random(20250301L + format.hashCode()), 400, emoji);
        Path file = dir.resolve("round-trip." + format.kind().name().toLowerCase());
        try (OutputStream out = Files.newOutputStream(file); TableWriter writer = TableWriters.open(out, format)) {
            writer.header(HEADER);
            rows.forEach(writer::row);
        }
        try (TableReader reader = TableReaders.open(file, "round-trip", ReadOptions.detect())) {
            assertEquals(format, reader.format());
            assertEquals(HEADER, reader.header());
            List<TableRow> read = Tables.drain(reader);
            assertEquals(rows, read.stream().map(TableRow::cells).toList(), format.toString());
        }
    }

    private static List<List<String>> randomRows(Random random, int count, boolean emoji) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            row.add("TS-" + i);
            for (int c = 1; c < HEADER.size(); c++) {
                row.add(randomValue(random, emoji));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Fragments joined by letters: windows-1252 bytes side by side could look like UTF-8 to the detection. */
    private static String randomValue(Random random, boolean emoji) {
        int parts = random.nextInt(4);
        StringBuilder value = new StringBuilder();
        for (int p = 0; p < parts; p++) {
            value.append((char) ('a' + random.nextInt(26)));
            boolean useEmoji = emoji && random.nextInt(8) == 0;
            value.append(useEmoji ? EMOJI[random.nextInt(EMOJI.length)] : AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        return value.toString();
    }
}
