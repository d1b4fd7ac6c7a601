package io.omnipim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * One Akeneo flat CSV file (';', UTF-8, header row), written row by row so that nothing accumulates in memory.
 * Jackson does the quoting, which descriptions with ';', quotes and HTML need.
 */
final class CsvTable implements AutoCloseable {

    /** Strict checking quotes only the cells that need it, instead of every cell longer than a few characters. */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\n");

    private final CsvGenerator generator;
    private final int width;
    private long rows;

    CsvTable(Path file, List<String> header) throws IOException {
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        generator = FACTORY.createGenerator(writer);
        generator.setSchema(SCHEMA);
        width = header.size();
        // written as a plain first row: a schema header would be missing from a file that gets no rows
        writeCells(header.toArray(new String[0]));
    }

    void write(String... cells) throws IOException {
        if (cells.length != width) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + width);
        }
        writeCells(cells);
        rows++;
    }

    /** Data rows written so far, without the header. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }

    private void writeCells(String[] cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) {
            generator.writeString(cell == null ? "" : cell);
        }
        generator.writeEndArray();
    }
}
