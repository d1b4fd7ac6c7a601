package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The cells of one row being converted, and the problems found so far. */
final class Row {

    private final List<String> cells;
    private final List<CellError> errors = new ArrayList<>();

    private Row(List<String> cells) {
        this.cells = cells;
    }

    /**
     * The row, or null when its cell count differs from the header's: a stray or missing separator shifts every
     * cell after it, so nothing in the row can be trusted.
     */
    static Row of(FlatHeader header, List<String> cells, List<CellError> sizeErrors) {
        if (cells.size() != header.size()) {
            sizeErrors.add(new CellError(0, null, null, null, "the row has " + cells.size() + " cells but the header"
                    + " has " + header.size() + " columns; check for a missing or extra separator or an unclosed"
                    + " quote"));
            return null;
        }
        return new Row(cells);
    }

    /** The cell as read; a missing cell reads as empty. */
    String cell(FlatColumn column) {
        String cell = cells.get(column.index());
        return cell == null ? "" : cell;
    }

    boolean blank(FlatColumn column) {
        return cell(column).isBlank();
    }

    void error(FlatColumn column, String property, String message) {
        errors.add(new CellError(column.number(), column.name(), property, cell(column), message));
    }

    /** Reads the cell with {@code reader}; a {@link CellProblem} becomes an error and the result null. */
    <T> T read(FlatColumn column, String property, Function<String, T> reader) {
        try {
            return reader.apply(cell(column));
        } catch (CellProblem e) {
            error(column, property, e.getMessage());
            return null;
        }
    }

    /** In column order, as the user reads the row. */
    List<CellError> errors() {
        errors.sort(Comparator.comparingInt(CellError::column));
        return errors;
    }
}
