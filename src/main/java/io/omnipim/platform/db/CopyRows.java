package io.omnipim.platform.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rows for one {@code COPY … FROM STDIN (FORMAT csv)} on the caller's connection (and so its transaction). A bulk
 * write of thousands of rows costs PostgreSQL far less as a COPY than as batched INSERTs: no statement to parse
 * and plan per group of rows, no parameters to bind. Cells are added left to right, {@link #end()} closes a row.
 */
public final class CopyRows {

    private final String table;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Writer quoting = new QuotingWriter();
    private boolean firstCell = true;
    private int rows;

    /** @param table the table and its columns, e.g. {@code outbox (aggregate_type, aggregate_id)} */
    public CopyRows(String table) {
        this.table = table;
    }

    /** A text cell; null is SQL NULL (an unquoted empty cell), anything else is quoted. */
    public CopyRows text(String value) {
        separate();
        if (value != null) {
            quoted(value);
        }
        return this;
    }

    /**
     * A value as JSON text (a {@code jsonb} cell), exactly as {@code json.writeValueAsString(value)} writes it, but
     * serialised straight into the rows with its quotes doubled on the way: no String of each document, no second
     * pass over it (JSON has a quote every few characters).
     */
    public CopyRows json(ObjectMapper json, Object value) {
        separate();
        out.append('"');
        try {
            json.writeValue(quoting, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append('"');
        return this;
    }

    /** A number or any value whose text form needs no quoting (uuid, boolean, timestamp). */
    public CopyRows plain(Object value) {
        separate();
        if (value != null) {
            out.append(value);
        }
        return this;
    }

    /** A {@code text[]} cell: an array literal with every element quoted. */
    public CopyRows array(Collection<String> values) {
        StringBuilder literal = new StringBuilder(16 + values.size() * 16).append('{');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            if (v == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    /** Closes the current row. */
    public CopyRows end() {
        out.append('\n');
        firstCell = true;
        rows++;
        return this;
    }

    public int size() {
        return rows;
    }

    /** Sends the rows; returns how many PostgreSQL stored. */
    public long copy(Connection c) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(out.toString()), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separate() {
        if (!firstCell) {
            out.append(',');
        }
        firstCell = false;
    }

    /** CSV quoting: inside quotes only the quote itself is special (doubled); newlines and commas are kept. */
    private void quoted(String value) {
        out.append('"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', from)) {
            out.append(value, from, i + 1).append('"');
            from = i + 1;
        }
        out.append(value, from, value.length()).append('"');
    }

    /** Appends what Jackson writes to the rows, each quote doubled; closing it (Jackson does) changes nothing. */
    private final class QuotingWriter extends Writer {

        @Override
        public void write(char[] chars, int offset, int length) {
            int from = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (chars[i] == '"') {
                    out.append(chars, from, i + 1 - from).append('"');
                    from = i + 1;
                }
            }
            out.append(chars, from, end - from);
        }

        @Override
        public void write(String text, int offset, int length) {
            int from = offset;
            int end = offset + length;
            for (int i = text.indexOf('"', from); i >= 0 && i < end; i = text.indexOf('"', from)) {
                out.append(text, from, i + 1).append('"');
                from = i + 1;
            }
            out.append(text, from, end);
        }

        @Override
        public void write(int c) {
            out.append((char) c);
            if (c == '"') {
                out.append('"');
            }
        }

        @Override
        public void flush() {
            // everything is in the rows already
        }

        @Override
        public void close() {
            // the rows stay open for the next cells
        }
    }
}
