package io.omnipim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON lines of a collection PATCH, converted from a CSV one row at a time as request bodies read them. Shared
 * by the requests in flight, which take the next line in turn, so no more than one row per request is ever held.
 */
final class LineSource implements AutoCloseable {

    private final CsvRows rows;
    private final Function<Map<String, String>, ObjectNode> convert;
    private final ObjectMapper json;
    private final long limit;
    private long taken;

    /** @param limit the most lines to give, for a request that covers only the start of the file */
    LineSource(Path csv, Function<Map<String, String>, ObjectNode> convert, ObjectMapper json, long limit)
            throws IOException {
        this.rows = new CsvRows(csv);
        this.convert = convert;
        this.json = json;
        this.limit = limit;
    }

    /** The next line, newline included, or null when the file (or the limit) is done. */
    synchronized byte[] next() {
        if (taken >= limit || !rows.hasNext()) {
            return null;
        }
        taken++;
        try {
            byte[] line = json.writeValueAsBytes(convert.apply(rows.next()));
            byte[] withNewline = new byte[line.length + 1];
            System.arraycopy(line, 0, withNewline, 0, line.length);
            withNewline[line.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long taken() {
        return taken;
    }

    @Override
    public synchronized void close() throws IOException {
        rows.close();
    }
}
