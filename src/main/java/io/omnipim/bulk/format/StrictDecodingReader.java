package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes strictly: an undecodable sequence anywhere in the file stops the read with the line it is on,
 * instead of the silent U+FFFD an {@code InputStreamReader} would put in a product value. Text before the bad
 * sequence is still returned, so the rows above it are read first.
 */
final class StrictDecodingReader extends Reader {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String fileName;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long lineBreaks;
    private boolean afterCarriageReturn;
    private TableFileException failure;

    StrictDecodingReader(InputStream in, Charset charset, String fileName) {
        this.in = in;
        this.fileName = fileName;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        CoderResult error = decodeInto(out);
        int produced = out.position() - offset;
        countLineBreaks(target, offset, produced);
        if (error != null) {
            failure = malformed(error.length());
            if (produced == 0) {
                throw failure;
            }
        }
        return produced == 0 ? -1 : produced;
    }

    /** Decodes until something was produced or the input ends; returns the error that stopped it, if any. */
    private CoderResult decodeInto(CharBuffer out) throws IOException {
        int start = out.position();
        while (!flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                return result;
            }
            if (result.isOverflow()) {
                return null;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else if (out.position() > start) {
                return null; // hand over what we have; the caller comes back for more
            } else {
                refill();
            }
        }
        return null;
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLineBreaks(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = chars[i];
            if (c == '\r') {
                lineBreaks++;
                afterCarriageReturn = true;
            } else {
                if (c == '\n' && !afterCarriageReturn) {
                    lineBreaks++;
                }
                afterCarriageReturn = false;
            }
        }
    }

    private TableFileException malformed(int length) {
        int pos = bytes.position();
        int shown = length;
        if (StandardCharsets.UTF_8.equals(decoder.charset())) {
            int sequence = Utf8Sequences.at(bytes.array(), pos, bytes.limit());
            shown = sequence < 0 ? -sequence : length;
        }
        shown = Math.min(shown, bytes.limit() - pos);
        String hex = Utf8Sequences.hex(bytes.array(), pos, shown);
        return TableFileException.line(fileName, lineBreaks + 1, Utf8Sequences.problem(decoder.charset().name(), hex));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
