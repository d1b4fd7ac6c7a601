package io.omnipim.bulk.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Streams one sheet of a workbook with excel-streaming-reader: about a hundred rows in memory whatever the size,
 * the sheet XML parsed as it is unzipped. POI's zip bomb guard (minimum inflate ratio) stays on.
 */
final class XlsxTableReader implements TableReader {

    private static final int ROW_CACHE_SIZE = 100;
    private static final int BUFFER_SIZE = 4096;

    private final String fileName;
    private final Workbook workbook;
    private final boolean date1904;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final List<String> header;
    private long lastRow;

    XlsxTableReader(Path file, String fileName, ReadOptions options) {
        this.fileName = fileName;
        this.workbook = open(file, fileName);
        try {
            this.date1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
            Sheet sheet = sheet(options.sheet());
            this.sheetName = sheet.getSheetName();
            this.rows = sheet.rowIterator();
            this.header = readHeader();
        } catch (RuntimeException e) {
            closeQuietly();
            throw XlsxFailures.of(fileName, e, null);
        }
    }

    private static Workbook open(Path file, String fileName) {
        try {
            return StreamingReader.builder().rowCacheSize(ROW_CACHE_SIZE).bufferSize(BUFFER_SIZE)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw XlsxFailures.of(fileName, e, null);
        }
    }

    private Sheet sheet(String wanted) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        if (names.isEmpty()) {
            throw XlsxFailures.notAWorkbook(fileName);
        }
        if (wanted == null) {
            return workbook.getSheetAt(0);
        }
        int index = names.indexOf(wanted);
        if (index < 0) {
            throw TableFileException.file(fileName, "there is no sheet \"" + wanted + "\" in the workbook; its sheets"
                    + " are: \"" + String.join("\", \"", names) + "\"");
        }
        return workbook.getSheetAt(index);
    }

    private List<String> readHeader() {
        TableRow row = nextNonEmpty(0);
        if (row == null) {
            throw TableFileException.file(fileName, "the sheet \"" + sheetName + "\" is empty (it has no header row)");
        }
        List<String> cells = new ArrayList<>(row.cells());
        // styled but empty cells right of the last column are invisible in Excel: not missing names
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        long line = row.line();
        return HeaderCheck.check(cells, (column, name, problem) -> TableFileException.sheetRow(fileName, sheetName,
                line, column, name, problem), XlsxCells::columnLetters);
    }

    @Override
    public TableFormat format() {
        return new TableFormat(FileKind.XLSX, ';', StandardCharsets.UTF_8, false, sheetName);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() {
        return nextNonEmpty(header.size());
    }

    /** The next row with a non-blank cell, padded to the width. */
    private TableRow nextNonEmpty(int width) {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                lastRow = row.getRowNum() + 1L;
                List<String> cells = cells(row, width);
                if (!blank(cells)) {
                    return new TableRow(lastRow, cells);
                }
            }
            return null;
        } catch (TableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw XlsxFailures.of(fileName, e, "sheet \"" + sheetName + "\", after row " + lastRow);
        }
    }

    private List<String> cells(Row row, int width) {
        try {
            return XlsxCells.row(row, width, date1904);
        } catch (RuntimeException e) {
            throw TableFileException.sheetRow(fileName, sheetName, row.getRowNum() + 1L, null, null,
                    "a cell of this row cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void closeQuietly() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // the failure that made us close is the one to report
        }
    }
}
