package io.omnipim.bulk.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a CSV the way {@link CsvTableReader} reads it back: the format's delimiter, charset and BOM, {@code \n}
 * line ends, quotes only where needed, quotes inside doubled. A character the charset cannot hold (an emoji in
 * windows-1252) becomes {@code ?}, as Excel does.
 */
final class CsvTableWriter implements TableWriter {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Writer out;
    private final char delimiter;

    CsvTableWriter(OutputStream stream, TableFormat format) {
        Charset charset = format.charset() == null ? StandardCharsets.UTF_8 : format.charset();
        if (charset.equals(StandardCharsets.UTF_16)) {
            charset = StandardCharsets.UTF_16BE; // Java's UTF-16 encoder adds a BOM of its own
        }
        this.delimiter = format.delimiter();
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                BUFFER_CHARS);
        if (format.bom() && charset.name().startsWith("UTF-")) {
            write("\uFEFF");
        }
    }

    @Override
    public void header(List<String> cells) {
        row(cells);
    }

    @Override
    public void row(List<String> cells) {
        StringBuilder line = new StringBuilder(cells.size() * 16);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (needsQuotes(cell)) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        write(line.append('\n').toString());
    }

    private boolean needsQuotes(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))) {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
