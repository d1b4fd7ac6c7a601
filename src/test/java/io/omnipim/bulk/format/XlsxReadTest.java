package io.omnipim.bulk.format;

import static io.omnipim.bulk.format.Tables.failure;
import static io.omnipim.bulk.format.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadTest {

    @TempDir
    Path dir;

    @Test
    void cellsReadAsTheTextACsvWouldHold() throws IOException {
        Path file = workbook("products.xlsx", book -> {
            Sheet sheet = book.createSheet("Produits");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            header(sheet, "sku", "gtin", "price-EUR", "stock_quantity", "sale_start_date", "updated", "enabled",
                    "name-fr_FR");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TS-01");
            row.createCell(1).setCellValue(4006381333931d);
            row.createCell(2).setCellValue(12.5);
            row.createCell(3).setCellValue(3d);
            row.createCell(4).setCellValue(LocalDate.of(2025, 3, 1));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(LocalDateTime.of(2025, 3, 1, 14, 30, 5));
            row.getCell(5).setCellStyle(dateTime);
            row.createCell(6).setCellValue(true);
            row.createCell(7).setCellValue("Écharpe");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("TS-02");
            second.createCell(2).setCellValue(0.1 + 0.2);
            second.createCell(3).setCellValue(-0.0);
            second.createCell(6).setCellValue(false);
        });
        try (TableReader reader = TableReaders.open(file, "products.xlsx", null)) {
            assertEquals(new TableFormat(FileKind.XLSX, ';', java.nio.charset.StandardCharsets.UTF_8, false,
                    "Produits"), reader.format());
            assertEquals(new TableRow(2, List.of("TS-01", "4006381333931", "12.5", "3", "2025-03-01",
                    "2025-03-01T14:30:05", "1", "Écharpe")), reader.next());
            assertEquals(new TableRow(3, List.of("TS-02", "", "0.30000000000000004", "0", "", "", "0", "")),
                    reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void formulasGiveTheirCachedValueAndErrorsTheirCode() throws IOException {
        Path file = workbook("products.xlsx", book -> {
            Sheet sheet = book.createSheet("products");
            header(sheet, "sku", "price-EUR", "name-en_US", "in_stock", "ratio");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TS-01");
            row.createCell(1).setCellFormula("20.5*2");
            row.createCell(2).setCellFormula("\"Blue \"&\"scarf\"");
            row.createCell(3).setCellFormula("1>0");
            row.createCell(4).setCellFormula("1/0");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("TS-02");
            second.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertEquals(List.of(List.of("TS-01", "41", "Blue scarf", "1", "#DIV/0!"),
                List.of("TS-02", "", "", "", "#N/A")), rows(file).stream().map(TableRow::cells).toList());
    }

    @Test
    void mergedCellsKeepTheirValueInTheTopLeftCellOnly() throws IOException {
        Path file = workbook("products.xlsx", book -> {
            Sheet sheet = book.createSheet("products");
            header(sheet, "sku", "family", "categories", "name-fr_FR");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("TS-01");
            first.createCell(1).setCellValue("tshirts");
            first.createCell(2);
            first.createCell(3).setCellValue("T-shirt");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("TS-02");
            second.createCell(1);
            second.createCell(3).setCellValue("Polo");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B2:C3"));
        });
        assertEquals(List.of(new TableRow(2, List.of("TS-01", "tshirts", "", "T-shirt")),
                new TableRow(3, List.of("TS-02", "", "", "Polo"))), rows(file));
    }

    @Test
    void rowsArePaddedAndEmptyRowsSkipped() throws IOException {
        Path file = workbook("products.xlsx", book -> {
            Sheet sheet = book.createSheet("products");
            sheet.createRow(1);
            header(sheet, 2, "sku", "family", "enabled");
            sheet.getRow(2).createCell(4).setCellStyle(book.createCellStyle()); // styled, empty: not a column
            sheet.createRow(3).createCell(0).setCellValue("TS-01");
            sheet.createRow(4).createCell(1).setCellValue(" ");
            Row wide = sheet.createRow(6);
            wide.createCell(0).setCellValue("TS-02");
            wide.createCell(4).setCellValue("stray");
        });
        try (TableReader reader = TableReaders.open(file, "products.xlsx", null)) {
            assertEquals(List.of("sku", "family", "enabled"), reader.header());
            assertEquals(List.of(new TableRow(4, List.of("TS-01", "", "")),
                    new TableRow(7, List.of("TS-02", "", "", "", "stray"))), Tables.drain(reader));
        }
    }

    @Test
    void aNamedSheetIsReadAndAnUnknownOneListsTheSheets() throws IOException {
        Path file = workbook("catalog.xlsx", book -> {
            header(book.createSheet("Notes"), "read me");
            Sheet sheet = book.createSheet("Produits");
            header(sheet, "sku", "family");
            sheet.createRow(1).createCell(0).setCellValue("TS-01");
        });
        assertEquals(List.of(new TableRow(2, List.of("TS-01", ""))),
                rows(file, new ReadOptions(null, null, "Produits")));
        assertEquals("catalog.xlsx: there is no sheet \"Products\" in the workbook; its sheets are: \"Notes\","
                + " \"Produits\"", failure(file, new ReadOptions(null, null, "Products")));
    }

    @Test
    void headerProblemsNameSheetRowAndColumn() throws IOException {
        Path empty = workbook("empty.xlsx", book -> header(book.createSheet("products"), "sku", "", "family"));
        assertEquals("empty.xlsx, sheet \"products\", row 1, column B: this column has no name in the header; name it"
                + " or delete the column", failure(empty));
        Path twice = workbook("twice.xlsx", book -> header(book.createSheet("products"), "sku", "family", "sku"));
        assertEquals("twice.xlsx, sheet \"products\", row 1: column C \"sku\" appears twice (columns A and C); remove"
                + " or rename one of them", failure(twice));
        Path none = workbook("none.xlsx", book -> book.createSheet("products"));
        assertEquals("none.xlsx: the sheet \"products\" is empty (it has no header row)", failure(none));
    }

    private static void header(Sheet sheet, String... names) {
        header(sheet, 0, names);
    }

    private static void header(Sheet sheet, int rowIndex, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    interface Content {

        void fill(XSSFWorkbook book);
    }

    private Path workbook(String name, Content content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(book);
            book.write(out);
        }
        return file;
    }
}
