package io.omnipim.platform.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;

/**
 * Rows for one {@code COPY … FROM STDIN (FORMAT csv)} on the caller's connection (and so its transaction). A bulk
 * write of thousands of rows costs PostgreSQL far less as a COPY than as batched INSERTs: no statement to parse
 * and plan per group of rows, no parameters to bind. Cells are added left to right, {@link #end()} closes a row.
 */
public final class CopyRows {

    private final String table;
    private final StringBuilder out = new StringBuilder(1 << 16);
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
}
