package io.omnipim.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rows for one {@code COPY … FROM STDIN (FORMAT csv)} on the caller's connection (and so its transaction). A bulk
 * write of thousands of rows costs PostgreSQL far less as a COPY than as batched INSERTs: no statement to parse
 * and plan per group of rows, no parameters to bind. Cells are added left to right, {@link #end()} closes a row,
 * {@link #copy()} sends the last rows and returns how many were stored.
 *
 * <p>
 * The rows are built as the UTF-8 bytes sent to PostgreSQL: building them as characters cost the import a copy of
 * every batch into a String and the driver's encoding of it (7 % of the server's CPU in a profile). They are sent
 * in pieces of about {@link #PIECE} bytes as they are built: a batch of 500 products held whole grew a buffer
 * to 2 MB by doubling, arrays the size of half a G1 region or more ("humongous"), each of which started a
 * concurrent collection of the whole heap; and PostgreSQL now reads the first rows while the next are built.
 * Closing it before {@link #copy()} (an exception while building) cancels the COPY, so the connection stays usable
 * for the rollback.
 */
public final class CopyRows implements AutoCloseable {

    /** Well under half a region of a 512 MB heap's 1 MB regions, where arrays become humongous. */
    static final int PIECE = 1 << 17;

    private static final byte QUOTE = '"';

    private final Connection connection;
    private final String table;
    private byte[] out = new byte[1 << 14];
    private int size;
    private final OutputStream quoting = new QuotingStream();
    private boolean firstCell = true;
    private int rows;
    private CopyIn copy;

    /** @param table the table and its columns, e.g. {@code outbox (aggregate_type, aggregate_id)} */
    public CopyRows(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** A text cell; null is SQL NULL (an unquoted empty cell), anything else is quoted. */
    public CopyRows text(String value) {
        separate();
        if (value != null) {
            quoted(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /**
     * A value as JSON text (a {@code json} or {@code jsonb} cell), exactly as {@code json.writeValueAsString(value)}
     * writes it, but serialised straight into the rows with its quotes doubled on the way: no String of each
     * document, no second pass over it (JSON has a quote every few characters).
     */
    public CopyRows json(ObjectMapper json, Object value) {
        separate();
        append(QUOTE);
        try {
            json.writeValue(quoting, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        append(QUOTE);
        return this;
    }

    /** A number or any value whose text form needs no quoting (uuid, boolean, timestamp). */
    public CopyRows plain(Object value) {
        separate();
        if (value != null) {
            byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
            reserve(bytes.length);
            System.arraycopy(bytes, 0, out, size, bytes.length);
            size += bytes.length;
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

    /** Closes the current row; sends the rows so far when they fill a piece. */
    public CopyRows end() throws SQLException {
        append((byte) '\n');
        firstCell = true;
        rows++;
        if (size >= PIECE) {
            send();
        }
        return this;
    }

    public int size() {
        return rows;
    }

    /** Sends the last rows and ends the COPY; returns how many rows PostgreSQL stored (0 when there were none). */
    public long copy() throws SQLException {
        if (rows == 0) {
            return 0;
        }
        send();
        CopyIn finished = copy;
        copy = null;
        return finished.endCopy();
    }

    /** Cancels a COPY that was started and not ended (its rows are not stored). */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        copy = null;
    }

    private void send() throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
        }
        if (size > 0) {
            copy.writeToCopy(out, 0, size);
            size = 0;
        }
    }

    private void separate() {
        if (!firstCell) {
            append((byte) ',');
        }
        firstCell = false;
    }

    /** CSV quoting: inside quotes only the quote itself is special (doubled); newlines and commas are kept. */
    private void quoted(byte[] value) {
        append(QUOTE);
        appendDoublingQuotes(value, 0, value.length);
        append(QUOTE);
    }

    /** In UTF-8 the byte of '"' is never part of another character, so quotes are found byte by byte. */
    private void appendDoublingQuotes(byte[] bytes, int offset, int length) {
        reserve(length + 16);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == QUOTE) {
                reserve(end - i + 1);
                out[size++] = QUOTE;
            }
            out[size++] = b;
        }
    }

    private void append(byte b) {
        reserve(1);
        out[size++] = b;
    }

    /** Only a row larger than a piece (a 5 MB text) grows the buffer beyond it. */
    private void reserve(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    /** Appends what Jackson writes to the rows, each quote doubled; closing it (Jackson does) changes nothing. */
    private final class QuotingStream extends OutputStream {

        @Override
        public void write(byte[] bytes, int offset, int length) {
            appendDoublingQuotes(bytes, offset, length);
        }

        @Override
        public void write(int b) {
            append((byte) b);
            if ((byte) b == QUOTE) {
                append(QUOTE);
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
