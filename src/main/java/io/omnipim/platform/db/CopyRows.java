package io.omnipim.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rows for one {@code COPY … FROM STDIN (FORMAT binary)} on the caller's connection (and so its transaction). A bulk
 * write of thousands of rows costs PostgreSQL far less as a COPY than as batched INSERTs: no statement to parse
 * and plan per group of rows, no parameters to bind. Cells are added left to right, each by the method of its
 * column's type, {@link #end()} closes a row, {@link #copy()} sends the last rows and returns how many were stored.
 *
 * <p>
 * The binary format gives each cell as its length and bytes: PostgreSQL no longer scans every byte of the rows for
 * line ends and quotes, nor parses numbers, uuids and dates from text (with CSV, a tenth of its time in an import
 * of products, whose 2 KB of JSON values has a quote every few characters). A cell's method must match its
 * column's type exactly ({@code int4} for INTEGER, {@code jsonb} for JSONB…): PostgreSQL refuses the COPY
 * otherwise.
 *
 * <p>
 * The rows are built as the bytes sent to PostgreSQL and sent in pieces of about {@link #PIECE} bytes as they are
 * built: a batch of 500 products held whole grew a buffer to 2 MB by doubling, arrays the size of half a G1 region
 * or more ("humongous"), each of which started a concurrent collection of the whole heap; and PostgreSQL reads the
 * first rows while the next are built. Closing it before {@link #copy()} (an exception while building) cancels the
 * COPY, so the connection stays usable for the rollback.
 */
public final class CopyRows implements AutoCloseable {

    /** Well under half a region of a 512 MB heap's 1 MB regions, where arrays become humongous. */
    static final int PIECE = 1 << 17;

    /** "PGCOPY\n\377\r\n\0", then no flags and no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
            0, 0, 0, 0};
    private static final int TEXT_OID = 25;
    private static final int JSONB_VERSION = 1;
    /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01 UTC. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final Connection connection;
    private final String table;
    private byte[] out = new byte[1 << 14];
    private int size;
    private final OutputStream appending = new AppendingStream();
    /** Where the current row's cell count goes, -1 before its first cell. */
    private int rowStart = -1;
    private short cells;
    private int rows;
    private CopyIn copy;

    /** @param table the table and its columns, e.g. {@code outbox (aggregate_type, aggregate_id)} */
    public CopyRows(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        size = HEADER.length;
    }

    /** A TEXT or VARCHAR cell; null is SQL NULL. */
    public CopyRows text(String value) {
        if (value == null) {
            return sqlNull();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        cell(bytes.length);
        append(bytes, 0, bytes.length);
        return this;
    }

    /** A UUID cell; null is SQL NULL. */
    public CopyRows uuid(UUID value) {
        if (value == null) {
            return sqlNull();
        }
        cell(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    /** A BOOLEAN cell. */
    public CopyRows bool(boolean value) {
        cell(1);
        reserve(1);
        out[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A SMALLINT cell. */
    public CopyRows int2(int value) {
        cell(2);
        reserve(2);
        putShortAt(size, value);
        size += 2;
        return this;
    }

    /** An INTEGER cell. */
    public CopyRows int4(int value) {
        cell(4);
        putInt(value);
        return this;
    }

    /** A BIGINT cell. */
    public CopyRows int8(long value) {
        cell(8);
        putLong(value);
        return this;
    }

    /** A TIMESTAMPTZ cell (microseconds: PostgreSQL keeps no finer); null is SQL NULL. */
    public CopyRows timestamp(OffsetDateTime value) {
        if (value == null) {
            return sqlNull();
        }
        Instant at = value.toInstant();
        cell(8);
        putLong(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000)
                - POSTGRES_EPOCH_MICROS);
        return this;
    }

    /** A JSONB cell holding the value as {@code json.writeValue} writes it, serialised straight into the rows. */
    public CopyRows jsonb(ObjectMapper json, Object value) {
        int length = startCell();
        reserve(1);
        out[size++] = JSONB_VERSION;
        serialise(json, value);
        return endCell(length);
    }

    /** A JSON cell (the text kept as written), as {@link #jsonb}. */
    public CopyRows json(ObjectMapper json, Object value) {
        int length = startCell();
        serialise(json, value);
        return endCell(length);
    }

    /** A TEXT[] cell; null is SQL NULL, and so is a null element. */
    public CopyRows textArray(Collection<String> values) {
        if (values == null) {
            return sqlNull();
        }
        int length = startCell();
        boolean nulls = false;
        for (String v : values) {
            nulls |= v == null;
        }
        putInt(values.isEmpty() ? 0 : 1);
        putInt(nulls ? 1 : 0);
        putInt(TEXT_OID);
        if (!values.isEmpty()) {
            putInt(values.size());
            putInt(1);
        }
        for (String v : values) {
            if (v == null) {
                putInt(-1);
                continue;
            }
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            append(bytes, 0, bytes.length);
        }
        return endCell(length);
    }

    /** Closes the current row; sends the rows so far when they fill a piece. */
    public CopyRows end() throws SQLException {
        if (rowStart < 0) {
            throw new IllegalStateException("a row needs at least one cell");
        }
        putShortAt(rowStart, cells);
        rowStart = -1;
        rows++;
        if (size >= PIECE) {
            send();
        }
        return this;
    }

    /** Sends the last rows and ends the COPY; returns how many rows PostgreSQL stored (0 when there were none). */
    public long copy() throws SQLException {
        if (rows == 0) {
            return 0;
        }
        reserve(2);
        out[size++] = (byte) 0xff;
        out[size++] = (byte) 0xff;
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
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT binary)");
        }
        if (size > 0) {
            copy.writeToCopy(out, 0, size);
            size = 0;
        }
    }

    /** Starts the row at its first cell (room for the cell count), then counts the cell. */
    private void cell(int length) {
        if (rowStart < 0) {
            reserve(2);
            rowStart = size;
            size += 2;
            cells = 0;
        }
        cells++;
        putInt(length);
    }

    /** SQL NULL, in a column of any type. */
    public CopyRows sqlNull() {
        cell(-1);
        return this;
    }

    /** A cell whose length is known once written: returns where to put it ({@link #endCell}). */
    private int startCell() {
        cell(0);
        return size - 4;
    }

    private CopyRows endCell(int lengthAt) {
        putIntAt(lengthAt, size - lengthAt - 4);
        return this;
    }

    private void serialise(ObjectMapper json, Object value) {
        if (value instanceof ObjectNode node && node.isEmpty()) {
            // most products have no associations: two such cells a row, each a generator set up for two bytes
            reserve(2);
            out[size++] = '{';
            out[size++] = '}';
            return;
        }
        try {
            json.writeValue(appending, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putInt(int v) {
        reserve(4);
        putIntAt(size, v);
        size += 4;
    }

    /** Big-endian, as every number of the binary format; over bytes already reserved. */
    private void putIntAt(int at, int v) {
        putShortAt(at, v >>> 16);
        putShortAt(at + 2, v);
    }

    private void putShortAt(int at, int v) {
        out[at] = (byte) (v >>> 8);
        out[at + 1] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private void append(byte[] bytes, int offset, int length) {
        reserve(length);
        System.arraycopy(bytes, offset, out, size, length);
        size += length;
    }

    /** Only a row larger than a piece (a 5 MB text) grows the buffer beyond it. */
    private void reserve(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    /** Appends what Jackson writes to the rows; closing it (Jackson does) changes nothing. */
    private final class AppendingStream extends OutputStream {

        @Override
        public void write(byte[] bytes, int offset, int length) {
            append(bytes, offset, length);
        }

        @Override
        public void write(int b) {
            reserve(1);
            out[size++] = (byte) b;
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
