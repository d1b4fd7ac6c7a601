package io.omnipim.bulk.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses how a CSV is encoded from its first bytes: a BOM wins; NUL bytes mean UTF-16 without BOM or a binary
 * file; otherwise strict UTF-8 when every byte decodes, windows-1252 (what French and German Excel save) when high
 * bytes never form a UTF-8 sequence, and an error when both are mixed (a UTF-8 file damaged by another editor).
 */
final class CsvEncodingSniffer {

    /** How much of the file the encoding guess looks at. */
    static final int SCAN_BYTES = 4 * 1024 * 1024;
    private static final int BINARY_SCAN_BYTES = 8 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvEncodingSniffer() {
    }

    /**
     * @param head the first bytes of the file (up to {@link #SCAN_BYTES})
     * @param whole whether head is the whole file
     * @param given the encoding the user gave, or null
     */
    static CsvEncoding sniff(byte[] head, boolean whole, Charset given, String fileName) {
        CsvEncoding bom = fromBom(head);
        if (bom != null) {
            // a BOM is unambiguous: it wins over an encoding given by mistake
            return bom;
        }
        int nul = firstNul(head);
        if (nul >= 0) {
            if (given != null && given.name().startsWith("UTF-16")) {
                return new CsvEncoding(given, 0);
            }
            Charset utf16 = utf16WithoutBom(head);
            if (utf16 != null) {
                return new CsvEncoding(utf16, 0);
            }
            throw new TableFileException(fileName, null, null, null,
                    fileName + " is not a text file (it contains binary data at byte "
                            + (nul + 1) + "): upload a CSV or XLSX file");
        }
        if (given != null) {
            return new CsvEncoding(given, 0);
        }
        return new CsvEncoding(guess(head, whole, fileName), 0);
    }

    private static CsvEncoding fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static int firstNul(byte[] head) {
        int end = Math.min(head.length, BINARY_SCAN_BYTES);
        for (int i = 0; i < end; i++) {
            if (head[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Text saved as UTF-16 without BOM: nearly every other byte is NUL (Latin text), on one side only. */
    private static Charset utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length, BINARY_SCAN_BYTES) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += head[2 * i] == 0 ? 1 : 0;
            oddNuls += head[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs == 0) {
            return null;
        }
        if (oddNuls * 10 >= pairs * 4 && evenNuls * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 10 >= pairs * 4 && oddNuls * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset guess(byte[] head, boolean whole, String fileName) {
        int multiByte = 0;
        int firstInvalid = -1;
        int invalidLength = 0;
        int pos = 0;
        while (pos < head.length) {
            int length = Utf8Sequences.at(head, pos, head.length);
            if (length == Utf8Sequences.INCOMPLETE) {
                if (!whole) {
                    break; // cut by the end of the scan, not by the end of the file
                }
                length = -(head.length - pos);
            }
            if (length < 0) {
                if (firstInvalid < 0) {
                    firstInvalid = pos;
                    invalidLength = -length;
                }
                pos++;
            } else {
                multiByte += length > 1 ? 1 : 0;
                pos += length;
            }
        }
        if (firstInvalid < 0) {
            return StandardCharsets.UTF_8;
        }
        if (multiByte == 0) {
            return WINDOWS_1252;
        }
        throw TableFileException.line(fileName, lineOf(head, firstInvalid),
                Utf8Sequences.problem("UTF-8", Utf8Sequences.hex(head, firstInvalid, invalidLength)));
    }

    /** The 1-based line of a byte offset, counting LF, CRLF and lone CR as one line break each. */
    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
