package io.omnipim.bulk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows kept after the check read them come back exactly as the workbook gave them, line numbers included. */
class SpooledRowsTest {

    @TempDir
    Path dir;

    @Test
    void rowsComeBackAsRead() throws IOException {
        Path spool = dir.resolve("rows.spool");
        TableFormat format = TableFormat.xlsx("Produits été");
        List<String> header = List.of("sku", "name-fr_FR", "description-de_DE-ecommerce", "price-EUR");
        String longText = "Größe, Qualität \"premium\" ; 12,50 €\n".repeat(3_000);
        List<TableRow> rows = List.of(new TableRow(2, List.of("TS-01", "Écharpe en laine", longText, "12.5")),
                new TableRow(7, List.of("TS-02", "", "Jogginghose 😀", "")),
                new TableRow(8, new ArrayList<>(Arrays.asList("TS-03", null, "x", "0"))));
        try (SpooledRows.Writer writer = SpooledRows.writer(spool, format, header)) {
            rows.forEach(writer::row);
            writer.complete();
        }
        try (TableReader reader = SpooledRows.open(spool)) {
            assertEquals(format, reader.format());
            assertEquals(header, reader.header());
            for (TableRow row : rows) {
                assertEquals(row, reader.next());
            }
            assertNull(reader.next());
            assertNull(reader.next());
        }
        TableFormat csv = new TableFormat(FileKind.CSV, '\t', StandardCharsets.ISO_8859_1, true, null);
        try (SpooledRows.Writer writer = SpooledRows.writer(spool, csv, header)) {
            writer.complete();
        }
        try (TableReader reader = SpooledRows.open(spool)) {
            assertEquals(csv, reader.format());
            assertNull(reader.next());
        }
    }

    @Test
    void aSpoolClosedBeforeItIsCompleteLeavesNoFile() throws IOException {
        Path spool = dir.resolve("rows.spool");
        try (SpooledRows.Writer writer = SpooledRows.writer(spool, TableFormat.xlsx("products"), List.of("sku"))) {
            writer.row(new TableRow(2, List.of("TS-01")));
        }
        assertFalse(Files.exists(spool));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
