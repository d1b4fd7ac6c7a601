package io.omnipim.syndication.core.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of a CSV COPY, built as UTF-8 bytes: null as an unquoted empty cell, anything else quoted with its quotes
 * doubled. JSON cells are written by Jackson straight into the line, their quotes doubled on the way, rather than as
 * a String copied twice more (a million products' payloads in a full run).
 */
final class CopyLine extends ByteArrayOutputStream {

    private final ObjectMapper json;
    private final Quoting quoted = new Quoting();

    /** Doubles each quote byte: in UTF-8 that byte is only ever the quote itself, never part of another character. */
    private final class Quoting extends OutputStream {

        @Override
        public void write(int b) {
            CopyLine.this.write(b);
            if (b == '"') {
                CopyLine.this.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int from = offset;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '"') {
                    CopyLine.this.write(bytes, from, i + 1 - from);
                    from = i; // the quote is written once more with the next run of bytes
                }
            }
            CopyLine.this.write(bytes, from, offset + length - from);
        }
    }

    CopyLine(ObjectMapper json) {
        super(8192);
        this.json = json;
    }

    CopyLine text(String value) {
        if (value != null) {
            write('"');
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            quoted.write(bytes, 0, bytes.length);
            write('"');
        }
        return this;
    }

    CopyLine json(Object value) {
        if (value != null) {
            write('"');
            try {
                json.writeValue(quoted, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write('"');
        }
        return this;
    }

    /** The bytes the buffer holds room for (it never shrinks). */
    int capacity() {
        return buf.length;
    }

    CopyLine comma() {
        write(',');
        return this;
    }
}
