package io.omnipim.bulk.flat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers, dates, booleans and lists as cells, both ways: import reads what users and spreadsheets write, export
 * writes what the import reads back unchanged.
 */
final class CellFormats {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");
    /** Thousands separators spreadsheets write: space, no-break space, narrow no-break space, thin space. */
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009]");
    private static final LocalDate EXAMPLE = LocalDate.of(2025, 3, 1);

    private final FlatOptions options;
    private final DateTimeFormatter dates;

    CellFormats(FlatOptions options) {
        this.options = options;
        this.dates = options.dateFormat() == null
                ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofPattern(strictYears(options.dateFormat()), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@code 12.5}, {@code 1 234,5} with the comma option; anything else is a problem that says how to fix it. */
    BigDecimal number(String cell) {
        if (isPlainNumber(cell)) {
            return new BigDecimal(cell); // most cells: digits and one dot, no regular expression needed
        }
        String text = SPACES.matcher(cell.strip()).replaceAll("");
        if (options.decimalSeparator() == ',') {
            if (text.contains(".")) {
                throw new CellProblem("\"" + cell + "\" is not a number with a comma as decimal separator (the import"
                        + " runs with decimal_separator=,): write " + cell.strip().replace('.', ','));
            }
            text = text.replace(',', '.');
        } else if (NUMBER.matcher(text.replace(',', '.')).matches() && text.contains(",")) {
            throw new CellProblem("\"" + cell + "\" is not a number; use a dot as decimal separator or import with"
                    + " decimal_separator=,");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new CellProblem("\"" + cell + "\" is not a number");
        }
        return new BigDecimal(text);
    }

    /**
     * Digits with at most one inner dot ({@code 12}, {@code 49.90}; no sign, space or comma), which every option
     * reads alike except a comma decimal separator, where a dot is refused (and so left to the full check).
     */
    private boolean isPlainNumber(String cell) {
        int length = cell.length();
        if (length == 0 || length > 30) {
            return false;
        }
        boolean dot = false;
        for (int i = 0; i < length; i++) {
            char ch = cell.charAt(i);
            if (ch == '.') {
                if (dot || i == 0 || i == length - 1 || options.decimalSeparator() == ',') {
                    return false;
                }
                dot = true;
            } else if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** "12.5", "12", "-0.25": the API's canonical number, no exponent, no trailing zeros. */
    static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Prices keep at least two decimals, as the API stores them ("49.90", "12.00", "0.125"). */
    static String priceAmount(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2
                ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : stripped.toPlainString();
    }

    /** A canonical number as the file writes it, with the file's decimal separator. */
    String formatNumber(String canonical) {
        return options.decimalSeparator() == ',' ? canonical.replace('.', ',') : canonical;
    }

    LocalDate date(String cell) {
        String text = cell.strip();
        try {
            return LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            LocalDate fromApi = options.dateFormat() == null ? apiDate(text) : null;
            if (fromApi != null) {
                return fromApi;
            }
            String pattern = options.dateFormat() == null ? "yyyy-MM-dd" : options.dateFormat();
            throw new CellProblem("\"" + cell + "\" is not a date; expected " + pattern + ", e.g. "
                    + EXAMPLE.format(dates));
        }
    }

    String formatDate(LocalDate date) {
        return date.format(dates);
    }

    /** The date of an API value: {@code 2025-03-01T00:00:00+00:00} or {@code 2025-03-01}; null if neither. */
    static LocalDate apiDate(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The API writes dates as midnight UTC. */
    static String toApi(LocalDate date) {
        return date + "T00:00:00+00:00";
    }

    static boolean bool(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.equals("1") || text.equals("true")) {
            return true;
        }
        if (text.equals("0") || text.equals("false")) {
            return false;
        }
        throw new CellProblem("\"" + cell + "\" is not a boolean; write 1 (yes) or 0 (no)");
    }

    /** Codes of a multi-value cell, trimmed, empty ones dropped. */
    List<String> list(String cell) {
        // split by hand: String.split compiles a pattern for a quoted separator, on every categories cell
        List<String> out = new ArrayList<>();
        char separator = options.multiValueSeparator();
        int from = 0;
        while (from <= cell.length()) {
            int end = cell.indexOf(separator, from);
            if (end < 0) {
                end = cell.length();
            }
            String part = cell.substring(from, end);
            if (!part.isBlank()) {
                out.add(part.strip());
            }
            from = end + 1;
        }
        return out;
    }

    String join(Iterable<String> codes) {
        return String.join(String.valueOf(options.multiValueSeparator()), codes);
    }

    /**
     * {@code yyyy} is year-of-era, which strict parsing rejects without an era: the proleptic year {@code uuuu}
     * reads the same dates.
     */
    private static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}
