package io.omnipim.bulk.format;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write a file, read it whole, expect a failure. */
final class Tables {

    private Tables() {
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return write(dir, name, text.getBytes(charset));
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** The data rows of a file read with detection. */
    static List<TableRow> rows(Path file) {
        return rows(file, ReadOptions.detect());
    }

    static List<TableRow> rows(Path file, ReadOptions options) {
        try (TableReader reader = TableReaders.open(file, file.getFileName().toString(), options)) {
            return drain(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TableRow> drain(TableReader reader) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    /** The user message of reading the whole file. */
    static String failure(Path file) {
        return failure(file, ReadOptions.detect());
    }

    static String failure(Path file, ReadOptions options) {
        return assertThrows(TableFileException.class, () -> rows(file, options)).getMessage();
    }
}
