package io.omnipim.bulk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slow one (about half a minute): a full sheet of 1,048,576 rows, written with our SXSSF writer and read back
 * in constant memory. Skip it with {@code -DexcludedGroups=slow}.
 */
@Tag("slow")
class XlsxMillionRowsSlowTest {

    private static final int EXCEL_MAX_ROWS = 1_048_576;
    private static final long MAX_GROWTH_BYTES = 64L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFullSheetIsReadInConstantMemory() throws IOException {
        Path file = dir.resolve("full.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                TableWriter writer = TableWriters.open(out, TableFormat.xlsx("products"))) {
            writer.header(List.of("sku", "stock_quantity"));
            for (int i = 2; i <= EXCEL_MAX_ROWS; i++) {
                writer.row(List.of("SKU-" + i, Integer.toString(i % 1000)));
            }
        }
        long rows = 0;
        long baseline = 0;
        long peak = 0;
        TableRow last = null;
        try (TableReader reader = TableReaders.open(file, "full.xlsx", null)) {
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                last = row;
                if (rows == 10_000) {
                    baseline = usedHeapAfterGc();
                } else if (rows % 250_000 == 0) {
                    peak = Math.max(peak, usedHeapAfterGc());
                }
            }
        }
        assertEquals(EXCEL_MAX_ROWS - 1, rows);
        assertEquals(new TableRow(EXCEL_MAX_ROWS, List.of("SKU-" + EXCEL_MAX_ROWS, "576")), last);
        assertTrue(peak - baseline < MAX_GROWTH_BYTES,
                "heap grew by " + (peak - baseline) / (1024 * 1024) + " MB while reading");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
