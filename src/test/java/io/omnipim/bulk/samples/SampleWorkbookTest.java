package io.omnipim.bulk.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * products.xlsx must hold exactly the products of products.csv (the server imports one after the other and the
 * second import must change nothing): a failure here means products.csv was edited without running
 * {@link SampleWorkbook}.
 */
class SampleWorkbookTest {

    private static List<String[]> csv;
    private static List<String[]> xlsx;
    private static XSSFWorkbook book;
    private static Sheet sheet;

    @BeforeAll
    static void read() throws IOException {
        csv = SampleWorkbook.readCsv(SampleWorkbook.CSV);
        try (InputStream in = Files.newInputStream(SampleWorkbook.XLSX)) {
            book = new XSSFWorkbook(in);
        }
        sheet = book.getSheetAt(0);
        xlsx = new ArrayList<>();
        int width = csv.get(0).length;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                cells[c] = row == null ? "" : text(row.getCell(c));
            }
            xlsx.add(cells);
        }
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    /** The cell as the flat format writes it: exact digits for numbers, yyyy-mm-dd for dates. */
    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }

    @Test
    void sameHeaderAndProductCountAsTheCsv() {
        assertArrayEquals(csv.get(0), xlsx.get(0), "header");
        assertEquals(csv.size(), xlsx.size(), "rows (header included)");
        assertTrue(csv.size() > 50, "at least 50 sample products");
    }

    @Test
    void sameIdentifiersInTheSameOrder() {
        assertEquals(identifiers(csv), identifiers(xlsx));
    }

    @Test
    void everyCellHoldsTheCsvValue() {
        for (int r = 1; r < csv.size(); r++) {
            assertArrayEquals(csv.get(r), xlsx.get(r), "row " + (r + 1) + " (" + csv.get(r)[0] + ")");
        }
    }

    @Test
    void gtinsAreNumericCellsAndDatesAreDateCells() {
        List<String> header = Arrays.asList(csv.get(0));
        int gtin = header.indexOf(SampleWorkbook.GTIN_COLUMN);
        int release = header.indexOf("release_date");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertEquals(CellType.NUMERIC, row.getCell(gtin).getCellType(), "gtin of row " + (r + 1));
            if (row.getCell(release) != null) {
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(release)), "release_date of row " + (r + 1));
            }
        }
    }

    private static List<String> identifiers(List<String[]> rows) {
        return rows.stream().skip(1).map(r -> r[0]).toList();
    }
}
