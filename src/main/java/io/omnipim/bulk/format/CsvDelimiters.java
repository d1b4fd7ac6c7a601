package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Finds the column separator of a CSV from its header line: the most frequent of {@code ;}, {@code ,} and tab
 * outside quotes, {@code ;} on a tie (our default, and what French and German Excel write).
 */
final class CsvDelimiters {

    /** The header is looked at up to this many characters: enough for hundreds of columns. */
    private static final int MAX_HEADER_CHARS = 256 * 1024;
    private static final int CHUNK = 8 * 1024;

    private CsvDelimiters() {
    }

    /** The text up to the end of the first non-blank line, read from the reader then pushed back. */
    record Peek(PushbackReader reader, String headerLine) {
    }

    static Peek peekHeaderLine(Reader reader) throws IOException {
        StringBuilder read = new StringBuilder();
        char[] chunk = new char[CHUNK];
        int end = -1;
        while (end < 0 && read.length() < MAX_HEADER_CHARS) {
            int n = reader.read(chunk, 0, chunk.length);
            if (n < 0) {
                break;
            }
            read.append(chunk, 0, n);
            end = endOfFirstLine(read);
        }
        PushbackReader pushback = new PushbackReader(reader, Math.max(1, read.length()));
        char[] back = new char[read.length()];
        read.getChars(0, read.length(), back, 0);
        pushback.unread(back);
        return new Peek(pushback, firstLine(read, end));
    }

    /** The index just past the first non-blank line, -1 while it has not ended. */
    private static int endOfFirstLine(CharSequence text) {
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                if (!blank) {
                    return i;
                }
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return -1;
    }

    private static String firstLine(StringBuilder read, int end) {
        return end < 0 ? read.toString() : read.substring(0, end);
    }

    static char detect(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return commas >= tabs ? ',' : '\t';
    }
}
