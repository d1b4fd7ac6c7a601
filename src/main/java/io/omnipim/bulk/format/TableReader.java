package io.omnipim.bulk.format;

import java.io.Closeable;
import java.util.List;

/**
 * A CSV or XLSX file read row by row, in constant memory. Every failure is a {@link TableFileException} whose
 * message can be shown to the user as is.
 */
public interface TableReader extends Closeable {

    /** How the file was written (kind, delimiter, encoding, BOM, sheet). */
    TableFormat format();

    /** The trimmed, unique, non-empty column names. */
    List<String> header();

    /** The next non-blank data row, or null at the end of the file. */
    TableRow next();
}
