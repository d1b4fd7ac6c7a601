package io.omnipim.bulk.format;

import java.nio.charset.Charset;

/**
 * What the user told us about a file; null = detect.
 *
 * @param delimiter the CSV column separator
 * @param encoding the CSV encoding, decoded strictly when given (a byte order mark in the file wins over it)
 * @param sheet the XLSX sheet to read (default: the first)
 */
public record ReadOptions(Character delimiter, Charset encoding, String sheet) {

    /** Detect everything from the content. */
    public static ReadOptions detect() {
        return new ReadOptions(null, null, null);
    }
}
