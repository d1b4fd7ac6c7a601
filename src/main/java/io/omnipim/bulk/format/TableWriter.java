package io.omnipim.bulk.format;

import java.io.Closeable;
import java.util.List;

/** Writes a CSV or XLSX table; closing it finishes the file and closes the stream it writes to. */
public interface TableWriter extends Closeable {

    /** The header row (bold in XLSX); call it once, first. */
    void header(List<String> cells);

    /** One data row; null cells are written empty. */
    void row(List<String> cells);
}
