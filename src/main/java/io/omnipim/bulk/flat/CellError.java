package io.omnipim.bulk.flat;

/**
 * A cell that cannot be converted. The row is not sent; the other cells of the row are still checked so that all
 * problems are reported together.
 *
 * @param column 1-based column number, 0 when the problem is the row itself (e.g. too many cells)
 * @param columnName the header cell
 * @param property where the value goes in the JSON: {@code family}, {@code values.price}, {@code labels.fr_FR}…
 * @param value the cell as read
 */
public record CellError(int column, String columnName, String property, String value, String message) {

    /** {@code column 12 "price-EUR": "12,5" is not a number; …} */
    @Override
    public String toString() {
        return (column == 0 ? "row" : "column " + column + " \"" + columnName + "\"") + ": " + message;
    }
}
