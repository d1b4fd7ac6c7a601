package io.omnipim.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jboss.logging.Logger;

/** Unpacks the Elasticsearch zip once under the data directory, keeping the executable bits the zip records. */
final class ElasticsearchInstallation {

    private static final Logger LOG = Logger.getLogger(ElasticsearchInstallation.class);

    private ElasticsearchInstallation() {
    }

    /** Returns the home directory, unpacking into a temporary folder first so a killed unpack never looks done. */
    static Path ensureUnpacked(Path zip, Path root) throws IOException {
        Path home = root.resolve("elasticsearch-" + EmbeddedSettings.ES_VERSION);
        if (Files.isRegularFile(home.resolve("lib").resolve("elasticsearch-" + EmbeddedSettings.ES_VERSION + ".jar"))) {
            return home;
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, "unpack-");
        LOG.infof("unpacking Elasticsearch %s into %s (first start only)", EmbeddedSettings.ES_VERSION, root);
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntries();
            while (entries.hasMoreElements()) {
                extract(file, entries.nextElement(), staging);
            }
        }
        deleteTree(home);
        Files.move(staging.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
        return home;
    }

    private static void extract(ZipFile file, ZipArchiveEntry entry, Path target) throws IOException {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
            throw new IOException("zip entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(out);
            return;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        if ((entry.getUnixMode() & 0111) != 0) {
            Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(out));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(out, perms);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
