package io.omnipim.bulk.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a file was written, so rejected rows and exports can be written back the same way.
 *
 * @param kind CSV or XLSX
 * @param delimiter the CSV column separator (unused for XLSX)
 * @param charset the CSV encoding (unused for XLSX)
 * @param bom whether the CSV starts with a byte order mark
 * @param sheet the XLSX sheet name (null for CSV)
 */
public record TableFormat(FileKind kind, char delimiter, Charset charset, boolean bom, String sheet) {

    /** Our default CSV: `;`, UTF-8, no BOM. */
    public static TableFormat csv() {
        return new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, false, null);
    }

    /** An XLSX workbook with one sheet of that name (null = "products"). */
    public static TableFormat xlsx(String sheet) {
        return new TableFormat(FileKind.XLSX, ';', StandardCharsets.UTF_8, false, sheet);
    }
}
