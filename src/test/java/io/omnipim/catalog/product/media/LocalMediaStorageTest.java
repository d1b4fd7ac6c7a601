package io.omnipim.catalog.product.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMediaStorageTest {

    @TempDir
    Path dataDir;

    @Test
    void storesUnderTheHashWithTheRightHashAndSize() throws Exception {
        byte[] content = "a picture, allegedly".getBytes(StandardCharsets.UTF_8);
        LocalMediaStorage storage = new LocalMediaStorage(dataDir.toString());

        StoredBlob blob = storage.store(new ByteArrayInputStream(content));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertEquals(expected, blob.sha256());
        assertEquals(content.length, blob.size());
        Path file = dataDir.resolve("media").resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4))
                .resolve(expected);
        assertArrayEquals(content, Files.readAllBytes(file));
        assertTrue(storage.exists(expected));
        try (InputStream in = storage.open(expected)) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        LocalMediaStorage storage = new LocalMediaStorage(dataDir.toString());
        byte[] content = new byte[100_000];
        new java.util.Random(7).nextBytes(content);

        StoredBlob first = storage.store(new ByteArrayInputStream(content));
        StoredBlob second = storage.store(new ByteArrayInputStream(content));
        StoredBlob other = storage.store(new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8)));

        assertEquals(first, second);
        assertFalse(first.sha256().equals(other.sha256()));
        assertEquals(2, files().size(), "one file per distinct content, no temporary file left: " + files());
    }

    @Test
    void aFailedCopyLeavesNothingBehind() throws IOException {
        LocalMediaStorage storage = new LocalMediaStorage(dataDir.toString());
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(new byte[50_000])) {

            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 20_000) {
                    throw new IOException("connection reset");
                }
                int n = super.read(b, off, Math.min(len, 8192));
                read += Math.max(n, 0);
                return n;
            }
        };

        assertThrows(UncheckedIOException.class, () -> storage.store(breaking));
        assertEquals(List.of(), files());
    }

    @Test
    void aRefusedCopyLeavesNothingBehindAndKeepsItsException() throws IOException {
        LocalMediaStorage storage = new LocalMediaStorage(dataDir.toString());
        IllegalStateException refusal = new IllegalStateException("too large");
        InputStream limited = new LimitedInputStream(new ByteArrayInputStream(new byte[10_000]), 5_000,
                () -> refusal);

        assertEquals(refusal, assertThrows(IllegalStateException.class, () -> storage.store(limited)));
        assertEquals(List.of(), files());
    }

    @Test
    void onlyHashesBecomePaths() {
        LocalMediaStorage storage = new LocalMediaStorage(dataDir.toString());

        assertFalse(storage.exists("../../etc/passwd"));
        assertFalse(storage.exists(null));
        assertFalse(storage.exists("0".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> storage.open("../secret"));
        assertThrows(IllegalArgumentException.class, () -> storage.open("A".repeat(64)));
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(dataDir.resolve("media"))) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dataDir.resolve("media"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
