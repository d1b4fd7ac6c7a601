package io.omnipim.bulk.flat;

/**
 * One problem with the header line of a flat file.
 *
 * @param column 1-based column number, or 0 for a column that is missing
 * @param name the header cell, or the name of the missing column
 */
public record HeaderProblem(int column, String name, String message) {

    static HeaderProblem missing(String name, String message) {
        return new HeaderProblem(0, name, message);
    }

    /** {@code column 7 "colour-fr_FR": "colour" is not an attribute; did you mean "color"?} */
    @Override
    public String toString() {
        return (column == 0 ? "missing column" : "column " + column) + " \"" + name + "\": " + message;
    }
}
