package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an uploaded table file. The kind comes from the content, never the name: a zip is an XLSX workbook, an
 * OLE2 compound file is a legacy .xls or a password-protected workbook (both refused), anything else is a CSV.
 */
public final class TableReaders {

    private TableReaders() {
    }

    /**
     * @param file where the upload is stored
     * @param fileName the name the user gave it, for messages
     * @param options what the user told us; null = detect everything
     * @throws TableFileException when the file cannot be read, with a message for the user
     */
    public static TableReader open(Path file, String fileName, ReadOptions options) {
        ReadOptions given = options == null ? ReadOptions.detect() : options;
        try {
            byte[] magic = magic(file);
            if (magic.length == 0) {
                throw TableFileException.file(fileName, "the file is empty");
            }
            if (startsWith(magic, 0x50, 0x4B, 0x03, 0x04)) {
                return new XlsxTableReader(file, fileName, given);
            }
            if (startsWith(magic, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw OleFiles.refusal(file, fileName);
            }
            return CsvTableReader.open(file, fileName, given);
        } catch (IOException e) {
            throw TableFileException.unreadable(fileName, e);
        }
    }

    private static byte[] magic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
