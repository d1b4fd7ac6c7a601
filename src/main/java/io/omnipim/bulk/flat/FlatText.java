package io.omnipim.bulk.flat;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula neutralisation. A text starting with {@code =}, {@code +}, {@code -} or {@code @} would run as
 * a formula when the file is opened: exports prepend one {@code '}, and imports remove it. Texts that already start
 * with quotes before such a character get one more, so {@code '=A1} exports as {@code ''=A1} and comes back intact.
 */
final class FlatText {

    private static final Pattern FORMULA_LIKE = Pattern.compile("^'*[=+\\-@]");
    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@]");

    private FlatText() {
    }

    /** The cell an export writes for {@code text}. */
    static String neutralise(String text) {
        return FORMULA_LIKE.matcher(text).find() ? "'" + text : text;
    }

    /** The text an import reads from {@code cell}: the exact inverse of {@link #neutralise}. */
    static String restore(String cell) {
        return NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
