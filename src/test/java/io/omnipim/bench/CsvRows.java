package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads the generator's Akeneo flat CSVs (';', header row) as column-name to cell maps. */
final class CsvRows implements AutoCloseable, Iterator<Map<String, String>> {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');

    private final MappingIterator<Map<String, String>> rows;

    /** Streams the rows: the products file of a million rows is never held in memory. */
    CsvRows(Path file) throws IOException {
        rows = MAPPER.readerForMapOf(String.class).with(SCHEMA).readValues(file.toFile());
    }

    /** The whole of a small file (categories, attributes, families). */
    static List<Map<String, String>> readAll(Path file) throws IOException {
        try (CsvRows rows = new CsvRows(file)) {
            List<Map<String, String>> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Map<String, String> next() {
        return rows.next();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** A comma-separated cell as a list; empty cells give an empty list. */
    static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.split(","));
    }
}
