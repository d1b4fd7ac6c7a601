package io.omnipim.bulk.format;

import java.io.IOException;

import io.omnipim.platform.errors.PimException;

/**
 * A file that cannot be read at all, or a structural error at one place in it. {@link #getMessage()} is a complete
 * user message that says where and how to fix it, e.g. {@code products.csv, line 12: unterminated quoted value
 * starting on this line; check the quotes in this row}.
 */
public class TableFileException extends PimException {

    private final String fileName;
    private final Long line;
    private final Integer column;
    private final String columnName;

    /**
     * @param fileName the file as the user named it
     * @param line the CSV line or XLSX row (1-based), null when the whole file is at fault
     * @param column the 1-based column, null when not about one cell
     * @param columnName the header of that column, null when unknown
     * @param message the complete user message
     */
    public TableFileException(String fileName, Long line, Integer column, String columnName, String message) {
        super(422, message);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
    }

    /** The whole file is at fault: "products.csv: {problem}". */
    public static TableFileException file(String fileName, String problem) {
        return new TableFileException(fileName, null, null, null, prefix(fileName) + problem);
    }

    /** "products.csv, line 12: {problem}". */
    public static TableFileException line(String fileName, long line, String problem) {
        return new TableFileException(fileName, line, null, null, place(fileName, "line " + line) + problem);
    }

    /** "products.csv, line 12, column 5 "name-fr_FR": {problem}". */
    public static TableFileException cell(String fileName, long line, int column, String columnName,
            String problem) {
        String where = "line " + line + ", column " + column + (columnName == null ? "" : " \"" + columnName + "\"");
        return new TableFileException(fileName, line, column, columnName, place(fileName, where) + problem);
    }

    /** "products.xlsx, sheet "Produits", row 12: {problem}" (column may be null). */
    public static TableFileException sheetRow(String fileName, String sheet, long row, Integer column,
            String columnName, String problem) {
        StringBuilder where = new StringBuilder("sheet \"").append(sheet).append("\", row ").append(row);
        if (column != null) {
            where.append(", column ").append(XlsxCells.columnLetters(column));
            if (columnName != null) {
                where.append(" \"").append(columnName).append('"');
            }
        }
        return new TableFileException(fileName, row, column, columnName, place(fileName, where.toString()) + problem);
    }

    /** The stored upload could not be read: no detail for the user (it would show server paths), the cause kept. */
    static TableFileException unreadable(String fileName, IOException cause) {
        TableFileException e = file(fileName, "the file could not be read; upload it again");
        e.initCause(cause);
        return e;
    }

    private static String prefix(String fileName) {
        return fileName == null ? "" : fileName + ": ";
    }

    private static String place(String fileName, String where) {
        return fileName == null ? capitalize(where) + ": " : fileName + ", " + where + ": ";
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String fileName() {
        return fileName;
    }

    public Long line() {
        return line;
    }

    public Integer column() {
        return column;
    }

    public String columnName() {
        return columnName;
    }
}
