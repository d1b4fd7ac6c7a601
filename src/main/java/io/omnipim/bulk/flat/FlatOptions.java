package io.omnipim.bulk.flat;

import java.time.format.DateTimeFormatter;

/**
 * How numbers, dates and lists are written in the cells of a flat file.
 *
 * @param decimalSeparator {@code .} (default) or {@code ,} as spreadsheets in French or German write numbers
 * @param dateFormat null for ISO {@code yyyy-MM-dd}, else a {@link DateTimeFormatter} pattern such as
 *            {@code dd/MM/yyyy}
 * @param multiValueSeparator between the codes of a multi-value cell (categories, multi-select options); it may
 *            equal the decimal separator, as such cells hold codes, never numbers
 */
public record FlatOptions(char decimalSeparator, String dateFormat, char multiValueSeparator) {

    public FlatOptions {
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal_separator must be \".\" or \",\", \"" + decimalSeparator
                    + "\" given.");
        }
        if (dateFormat != null) {
            try {
                DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date_format \"" + dateFormat + "\" is not a valid date pattern;"
                        + " write it like dd/MM/yyyy or yyyy-MM-dd.", e);
            }
        }
    }

    /** Akeneo's defaults: {@code 12.5}, {@code 2025-03-01}, {@code red,blue}. */
    public static FlatOptions defaults() {
        return new FlatOptions('.', null, ',');
    }

    public FlatOptions withDecimalSeparator(char separator) {
        return new FlatOptions(separator, dateFormat, multiValueSeparator);
    }

    public FlatOptions withDateFormat(String pattern) {
        return new FlatOptions(decimalSeparator, pattern, multiValueSeparator);
    }
}
