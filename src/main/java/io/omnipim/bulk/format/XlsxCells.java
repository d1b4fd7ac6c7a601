package io.omnipim.bulk.format;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns sheet cells into the strings a CSV would hold: numbers in plain decimal (an EAN stays
 * {@code 4006381333931}), dates in ISO, booleans {@code 1}/{@code 0}, formulas by their cached value.
 */
final class XlsxCells {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private XlsxCells() {
    }

    /** The row's cells by column, padded with empty cells to the width; empty cells past it are dropped. */
    static List<String> row(Row row, int width, boolean date1904) {
        List<String> cells = new ArrayList<>(Math.max(width, row.getLastCellNum()));
        for (Cell cell : row) {
            String text = text(cell, date1904);
            if (text.isEmpty()) {
                continue;
            }
            int column = cell.getColumnIndex();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text);
        }
        while (cells.size() < width) {
            cells.add("");
        }
        return Collections.unmodifiableList(cells);
    }

    static String text(Cell cell, boolean date1904) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA
                ? value(cell, cell.getCachedFormulaResultType(), date1904)
                : value(cell, type, date1904);
    }

    private static String value(Cell cell, CellType type, boolean date1904) {
        switch (type) {
            case STRING :
                return cell.getStringCellValue();
            case NUMERIC :
                return number(cell, date1904);
            case BOOLEAN :
                return cell.getBooleanCellValue() ? "1" : "0";
            case ERROR :
                return error(cell.getStringCellValue());
            default :
                return "";
        }
    }

    private static String number(Cell cell, boolean date1904) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904, true);
            return date.toLocalTime().toSecondOfDay() == 0 ? date.format(DATE) : date.format(DATE_TIME);
        }
        return plain(value);
    }

    /** The shortest decimal that reads back as the double, without exponent or trailing zeros. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The streaming reader gives error cells as "ERROR:  #N/A"; users know them as "#N/A". */
    private static String error(String raw) {
        return raw.startsWith("ERROR:") ? raw.substring("ERROR:".length()).strip() : raw;
    }

    /** Column 5 is "E", as Excel shows it. */
    static String columnLetters(int column) {
        return CellReference.convertNumToColString(column - 1);
    }
}
