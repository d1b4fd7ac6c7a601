package io.omnipim.catalog.product.media;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/**
 * Media bytes on the local disk under {@code <data-dir>/media/ab/cd/<sha256>}. Content is written to a temporary
 * file next to the final ones (same file system, so the rename is atomic) while it is hashed: readers never see a
 * half-written file, and a failed upload leaves nothing behind.
 */
@ApplicationScoped
@DefaultBean
public class LocalMediaStorage implements MediaStorage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public LocalMediaStorage(@ConfigProperty(name = "pim.data-dir") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().resolve("media");
    }

    @Override
    public StoredBlob store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, ".upload-", ".tmp");
            try {
                StoredBlob blob = copyHashing(content, temp);
                publish(temp, pathOf(blob.sha256()));
                return blob;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a media file", e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read media file " + sha256, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        // the hash is the only thing that becomes a path: never let anything else in
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static StoredBlob copyHashing(InputStream content, Path temp) throws IOException {
        MessageDigest digest = sha256();
        long size;
        try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
            size = new DigestInputStream(content, digest).transferTo(out);
            // on disk before the rename makes it visible, so a crash cannot leave a truncated blob under its hash
            out.getFD().sync();
        }
        return new StoredBlob(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static void publish(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            return; // same content already stored: the temporary copy is dropped
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // a concurrent upload of the same content won the race: its bytes are ours
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
