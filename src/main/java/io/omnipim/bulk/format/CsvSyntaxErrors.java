package io.omnipim.bulk.format;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's CSV parse failures into messages that point at the line and cell to fix. */
final class CsvSyntaxErrors {

    private CsvSyntaxErrors() {
    }

    /** A cell past {@link CsvTableReader#MAX_CELL_CHARS}: most often a quote opened and never closed. */
    static TableFileException tooLong(String fileName, long rowLine, List<String> cells, List<String> header) {
        int column = cells.size() + 1;
        return TableFileException.cell(fileName, startLine(rowLine, cells), column, columnName(header, column),
                "the value is longer than " + CsvTableReader.MAX_CELL_CHARS / (1024 * 1024)
                        + " MB, the most a cell may hold; check for a quote that is never closed");
    }

    static TableFileException of(String fileName, JsonProcessingException e, long rowLine, List<String> cells,
            List<String> header) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Missing closing quote")) {
            return TableFileException.line(fileName, startLine(rowLine, cells),
                    "unterminated quoted value starting on this line; check the quotes in this row");
        }
        JsonLocation location = e.getLocation();
        long line = location == null || location.getLineNr() < 1 ? startLine(rowLine, cells) : location.getLineNr();
        if (original.contains("Expected column separator")) {
            int column = cells.size() + 1;
            return TableFileException.cell(fileName, line, column, columnName(header, column),
                    "unexpected text after the closing quote of a quoted value; a quote inside a quoted value must be"
                            + " doubled (\"\")");
        }
        return TableFileException.line(fileName, line,
                "this line cannot be read as CSV (" + original + "); check the quotes and delimiters in this row");
    }

    static TableFileException unreadable(String fileName, IOException e) {
        return TableFileException.unreadable(fileName, e);
    }

    /** The line where the failing cell starts: the row's line plus the line breaks inside its earlier cells. */
    private static long startLine(long rowLine, List<String> cells) {
        long line = Math.max(rowLine, 1);
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
        }
        return line;
    }

    private static String columnName(List<String> header, int column) {
        return header != null && column <= header.size() ? header.get(column - 1) : null;
    }
}
