package io.omnipim.bulk.flat;

/**
 * Spreadsheet formula neutralisation. A text starting with {@code =}, {@code +}, {@code -} or {@code @} would run as
 * a formula when the file is opened: exports prepend one {@code '}, and imports remove it. Texts that already start
 * with quotes before such a character get one more, so {@code '=A1} exports as {@code ''=A1} and comes back intact.
 */
public final class FlatText {

    private FlatText() {
    }

    /** The cell an export writes for {@code text}. */
    static String neutralise(String text) {
        return formulaAfterQuotes(text) >= 0 ? "'" + text : text;
    }

    /** The text an import reads from {@code cell}: the exact inverse of {@link #neutralise}. */
    static String restore(String cell) {
        return formulaAfterQuotes(cell) > 0 ? cell.substring(1) : cell;
    }

    /**
     * The identifier or code a key cell holds, as the import reads it: {@code '-123} exported is {@code -123}, and
     * spaces around it are dropped. What decides a row's writer and what names its product must agree.
     */
    public static String key(String cell) {
        return restore(cell).strip();
    }

    /**
     * How many {@code '} precede a formula sign at the start of {@code text}, or -1 when there is no such sign (a
     * loop, not a regular expression: every text cell of an export or import goes through here).
     */
    private static int formulaAfterQuotes(String text) {
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == '\'') {
            quotes++;
        }
        return quotes < text.length() && "=+-@".indexOf(text.charAt(quotes)) >= 0 ? quotes : -1;
    }
}
