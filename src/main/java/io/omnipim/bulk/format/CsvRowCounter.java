package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Counts the rows of a UTF-8 CSV from its bytes, for an import's check before its first write: the full read
 * (decoding every character, a string per cell) took one core for five seconds of a million-row file while the
 * other waited. Counts what {@link CsvTableReader} would return: records split on unquoted line ends, quoted line
 * breaks and doubled quotes inside, blank records skipped, the header not counted.
 *
 * <p>
 * It vouches only for files it understands completely: anything the full read might refuse or read otherwise (an
 * invalid or cut UTF-8 sequence, a quote inside an unquoted cell or text after a closing quote, a quote never
 * closed, a NUL byte, a cell near the size limit) gives no count, and the caller reads the file the full way,
 * which then names the problem and its line.
 */
public final class CsvRowCounter {

    private static final int CHUNK = 1 << 16;

    private enum State {
        CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CR
    }

    private static final boolean[] QUOTED_STOPS = stops('"');

    private final byte delimiter;
    private final boolean[] unquotedStops;
    private State state = State.CELL_START;
    private boolean recordHasText;
    private long records;
    private long cellChars;
    /** UTF-8: continuation bytes still expected, the bounds of the next one, and the code point so far. */
    private int pending;
    private int nextLow = 0x80;
    private int nextHigh = 0xBF;
    private int codePoint;
    private boolean refused;

    private CsvRowCounter(byte delimiter) {
        this.delimiter = delimiter;
        this.unquotedStops = stops('"', '\n', '\r', (char) delimiter);
    }

    /** The ASCII characters that end a run of plain text in a cell (NUL among them: the machine refuses it). */
    private static boolean[] stops(char... chars) {
        boolean[] stops = new boolean[128];
        stops[0] = true;
        for (char c : chars) {
            stops[c] = true;
        }
        return stops;
    }

    /** The rows below the header, or empty when the file needs the full read. */
    public static OptionalLong count(Path file, TableFormat format) throws IOException {
        if (format.kind() != FileKind.CSV || !StandardCharsets.UTF_8.equals(format.charset())
                || format.delimiter() > 0x7F || format.delimiter() == '"') {
            return OptionalLong.empty();
        }
        CsvRowCounter counter = new CsvRowCounter((byte) format.delimiter());
        try (InputStream in = Files.newInputStream(file)) {
            if (format.bom()) {
                in.skipNBytes(3);
            }
            byte[] chunk = new byte[CHUNK];
            int read;
            while ((read = in.read(chunk)) > 0 && !counter.refused) {
                counter.scan(chunk, read);
            }
        }
        return counter.finish();
    }

    /** For tests: the count of a file's bytes (after any byte order mark). */
    static OptionalLong count(byte[] bytes, char delimiter) {
        CsvRowCounter counter = new CsvRowCounter((byte) delimiter);
        counter.scan(bytes, bytes.length);
        return counter.finish();
    }

    private OptionalLong finish() {
        if (refused || pending > 0 || state == State.QUOTED) {
            return OptionalLong.empty();
        }
        endRecord();
        return OptionalLong.of(Math.max(0, records - 1));
    }

    private void scan(byte[] bytes, int length) {
        int i = 0;
        while (i < length && !refused) {
            i = run(bytes, i, length);
            if (i == length) {
                return;
            }
            int b = bytes[i++] & 0xFF;
            if (pending > 0 || b >= 0x80) {
                utf8(b);
            } else if (b == 0) {
                refused = true;
            } else {
                ascii(b);
            }
        }
    }

    /**
     * Skips the plain ASCII characters of the cell being read (most of a file) in a tight loop, and returns where
     * a character needs the state machine: a quote, delimiter, line end, NUL, or a byte past ASCII.
     */
    private int run(byte[] bytes, int from, int length) {
        if (pending > 0 || (state != State.UNQUOTED && state != State.QUOTED)) {
            return from;
        }
        boolean[] stops = state == State.QUOTED ? QUOTED_STOPS : unquotedStops;
        int i = from;
        while (!recordHasText && i < length && bytes[i] >= 0 && !stops[bytes[i]]) {
            recordHasText = !Character.isWhitespace(bytes[i]);
            i++;
        }
        while (i < length) {
            int b = bytes[i];
            if (b < 0 || stops[b]) {
                break;
            }
            i++;
        }
        cellChars += i - from;
        if (cellChars >= CsvTableReader.MAX_CELL_CHARS / 2) {
            refused = true;
        }
        return i;
    }

    private void ascii(int b) {
        switch (state) {
            case AFTER_CR :
                state = State.CELL_START;
                if (b == '\n') {
                    return;
                }
                ascii(b);
                return;
            case CELL_START :
                cellChars = 0;
                if (b == '"') {
                    state = State.QUOTED;
                    return;
                }
                state = State.UNQUOTED;
                unquoted(b);
                return;
            case UNQUOTED :
                unquoted(b);
                return;
            case QUOTED :
                if (b == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    content(b);
                }
                return;
            default :
                afterQuote(b);
        }
    }

    private void unquoted(int b) {
        if (b == delimiter) {
            state = State.CELL_START;
        } else if (b == '\n' || b == '\r') {
            lineEnd(b);
        } else if (b == '"') {
            refused = true;
        } else {
            content(b);
        }
    }

    /** After a quote in a quoted cell: a doubled quote, or the end of the cell. */
    private void afterQuote(int b) {
        if (b == '"') {
            state = State.QUOTED;
            content(b);
        } else if (b == delimiter) {
            state = State.CELL_START;
        } else if (b == '\n' || b == '\r') {
            lineEnd(b);
        } else {
            refused = true;
        }
    }

    private void lineEnd(int b) {
        endRecord();
        state = b == '\r' ? State.AFTER_CR : State.CELL_START;
    }

    private void endRecord() {
        if (recordHasText) {
            records++;
        }
        recordHasText = false;
    }

    /** One character of a cell, whitespace or not (a record of blank cells is skipped). */
    private void content(int codePointOrAscii) {
        // a code point past U+FFFF is two chars of a string: half the limit leaves the full read to decide
        if (++cellChars >= CsvTableReader.MAX_CELL_CHARS / 2) {
            refused = true;
        }
        if (!recordHasText && !Character.isWhitespace(codePointOrAscii)) {
            recordHasText = true;
        }
    }

    /** RFC 3629 well-formedness, as the JDK's strict decoder: no overlong forms, no surrogates, nothing past U+10FFFF. */
    private void utf8(int b) {
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                refused = true;
                return;
            }
            nextLow = 0x80;
            nextHigh = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (--pending == 0) {
                multiByte(codePoint);
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            start(1, b & 0x1F, 0x80, 0xBF);
        } else if (b >= 0xE0 && b <= 0xEF) {
            start(2, b & 0x0F, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        } else if (b >= 0xF0 && b <= 0xF4) {
            start(3, b & 0x07, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        } else {
            refused = true;
        }
    }

    private void start(int continuations, int bits, int low, int high) {
        pending = continuations;
        codePoint = bits;
        nextLow = low;
        nextHigh = high;
    }

    /** A character beyond ASCII: never a delimiter, quote or line end, so text of the cell it is in. */
    private void multiByte(int cp) {
        switch (state) {
            case AFTER_CR :
            case CELL_START :
                cellChars = 0;
                state = State.UNQUOTED;
                content(cp);
                return;
            case UNQUOTED :
            case QUOTED :
                content(cp);
                return;
            default :
                refused = true;
        }
    }
}
