package io.omnipim.bulk.format;

import java.util.List;

/**
 * One data row as the user wrote it.
 *
 * @param line for CSV the 1-based line where the row starts (the header is line 1 unless blank lines precede it);
 *        for XLSX the sheet row number
 * @param cells the cells as found (a CSV row may have more or fewer cells than the header, the caller reports it);
 *        XLSX rows are padded with empty cells to the header size
 */
public record TableRow(long line, List<String> cells) {
}
