package io.omnipim.bulk.format;

import java.io.OutputStream;

/** Opens a CSV or XLSX writer for exports and for rejected rows written back in the format they came in. */
public final class TableWriters {

    private TableWriters() {
    }

    /** The writer owns the stream: closing the writer closes it. */
    public static TableWriter open(OutputStream out, TableFormat format) {
        return format.kind() == FileKind.XLSX ? new XlsxTableWriter(out, format) : new CsvTableWriter(out, format);
    }
}
