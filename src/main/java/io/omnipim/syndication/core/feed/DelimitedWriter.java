package io.omnipim.syndication.core.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.omnipim.syndication.core.MappedItem;

/**
 * A CSV or TSV feed: a header of the connector's target fields, then one line per item, UTF-8 without BOM, lines
 * ended by {@code \n}. CSV quotes a value (RFC 4180) when it holds the delimiter, a quote, a line break or edge
 * spaces, doubling its quotes. TSV has no quoting, so a tab or line break in a value becomes a space: every line is
 * one item and every tab a column boundary. Repeated values are joined with the list separator.
 */
public final class DelimitedWriter implements FeedWriter {

    private final Writer out;
    private final List<String> columns;
    private final char delimiter;
    private final boolean quoting;
    private final String listSeparator;

    private DelimitedWriter(OutputStream out, List<String> columns, char delimiter, boolean quoting,
            String listSeparator) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.columns = List.copyOf(columns);
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.listSeparator = listSeparator;
        line(columns);
    }

    public static DelimitedWriter csv(OutputStream out, List<String> columns, char delimiter, String listSeparator)
            throws IOException {
        return new DelimitedWriter(out, columns, delimiter, true, listSeparator);
    }

    public static DelimitedWriter tsv(OutputStream out, List<String> columns, String listSeparator)
            throws IOException {
        return new DelimitedWriter(out, columns, '\t', false, listSeparator);
    }

    @Override
    public void write(MappedItem item) throws IOException {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = String.join(listSeparator, item.values(columns.get(i)));
        }
        line(List.of(cells));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(quoting ? quoted(cells.get(i)) : flattened(cells.get(i)));
        }
        out.write('\n');
    }

    private String quoted(String value) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.isEmpty() && (value.charAt(0) == ' '
                        || value.charAt(value.length() - 1) == ' ');
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String flattened(String value) {
        return value.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
