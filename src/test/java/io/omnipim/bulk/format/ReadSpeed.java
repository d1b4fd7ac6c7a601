package io.omnipim.bulk.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Not a unit test: a throughput check of the CSV reader (target 200,000 rows/s for 30 short columns). Writes
 * 1,000,000 rows x 30 columns to a temp dir, reads them twice (the first run warms the JIT) and prints rows/s.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> io.omnipim.bulk.format.ReadSpeed}.
 */
public final class ReadSpeed {

    private static final int ROWS = 1_000_000;
    private static final int COLUMNS = 30;

    private ReadSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("read-speed");
        try {
            Path file = generate(dir.resolve("products.csv"));
            System.out.printf("file: %,d rows x %d columns, %,d MB%n", ROWS, COLUMNS, Files.size(file) >> 20);
            for (int run = 1; run <= 2; run++) {
                long start = System.nanoTime();
                long rows = 0;
                try (TableReader reader = TableReaders.open(file, "products.csv", ReadOptions.detect())) {
                    while (reader.next() != null) {
                        rows++;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %,d rows in %.2f s = %,.0f rows/s%n", run, rows, seconds, rows / seconds);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("sku");
            for (int c = 1; c < COLUMNS; c++) {
                header.append(";attribute_").append(c);
            }
            out.write(header.append('\n').toString());
            String[] values = {"tshirts", "1", "49.90", "Écharpe", "bleu", "XL", "2025-03-01", "coton bio"};
            for (int r = 0; r < ROWS; r++) {
                StringBuilder line = new StringBuilder(256).append("TS-").append(r);
                for (int c = 1; c < COLUMNS; c++) {
                    line.append(';').append(values[(r + c) % values.length]);
                }
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }
}
