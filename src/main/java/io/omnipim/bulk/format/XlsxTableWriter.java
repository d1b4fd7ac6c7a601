package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a one-sheet workbook with POI's SXSSF: a window of rows in memory, the rest in compressed temp files that
 * are always deleted. Every value is a text cell, so nothing a product holds ({@code =SUM(A1)}, {@code 00123}) is
 * turned into a formula or a number.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int WINDOW_ROWS = 100;
    private static final String DEFAULT_SHEET = "products";
    private static final SpreadsheetVersion EXCEL = SpreadsheetVersion.EXCEL2007;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW_ROWS, true, false);
    private final Sheet sheet;
    private final CellStyle bold;
    private List<String> header = List.of();
    private int nextRow;

    XlsxTableWriter(OutputStream out, TableFormat format) {
        this.out = out;
        String name = format.sheet() == null || format.sheet().isBlank() ? DEFAULT_SHEET : format.sheet();
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    @Override
    public void header(List<String> cells) {
        header = new ArrayList<>(cells);
        write(cells, bold);
    }

    @Override
    public void row(List<String> cells) {
        write(cells, null);
    }

    private void write(List<String> cells, CellStyle style) {
        if (nextRow > EXCEL.getLastRowIndex()) {
            throw TableFileException.sheetRow(null, sheet.getSheetName(), nextRow + 1L, null, null, "a sheet holds at"
                    + " most " + EXCEL.getMaxRows() + " rows; export fewer products per file or export as CSV");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (value.length() > EXCEL.getMaxTextLength()) {
                throw TableFileException.sheetRow(null, sheet.getSheetName(), nextRow, i + 1, header(i),
                        "the value has " + value.length()
                                + " characters, more than the " + EXCEL.getMaxTextLength()
                                + " an Excel cell can hold; export as CSV instead");
            }
            Cell cell = row.createCell(i, CellType.STRING);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private String header(int index) {
        return index < header.size() ? header.get(index) : null;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream stream = out) {
            workbook.write(stream);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
