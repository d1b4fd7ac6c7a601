package io.omnipim.bulk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.omnipim.platform.errors.PimException;

/**
 * A zip upload holding one CSV or XLSX file and the media it names (Akeneo's way to import images). An XLSX file is
 * a zip too: it is recognised by its {@code [Content_Types].xml} and left alone. Extraction refuses paths leaving
 * the folder and stops at a size limit (a zip bomb fills no disk).
 */
final class ZipBundle {

    private ZipBundle() {
    }

    /** True when {@code file} is a zip archive that is not itself a workbook. */
    static boolean isBundle(Path file) {
        if (!startsWithZipMagic(file)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") == null;
        } catch (IOException e) {
            return false; // a damaged zip: the table reader explains it
        }
    }

    /** Extracts into {@code target}; returns the one data file (CSV or XLSX) inside. */
    static Path extract(Path file, Path target, long maxBytes, String fileName) {
        List<Path> data = new ArrayList<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new PimException(422, fileName + ": the entry \"" + entry.getName() + "\" points outside"
                            + " the archive; it was refused.");
                }
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += copy(zip, entry, out, maxBytes - total, fileName);
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".tsv")) {
                    data.add(out);
                }
            }
        } catch (ZipException e) {
            throw new PimException(422, fileName + " is a damaged zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new PimException(422, fileName + " could not be unpacked: " + e.getMessage());
        }
        if (data.size() != 1) {
            throw new PimException(422, fileName + " must hold exactly one CSV or XLSX file (beside its media);"
                    + " it holds " + data.size() + ".");
        }
        return data.get(0);
    }

    private static long copy(ZipFile zip, ZipEntry entry, Path out, long room, String fileName) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > room) {
                    throw new PimException(422, fileName + " unpacks to more than the upload limit; it was refused"
                            + " (split it, or send the media separately).");
                }
                os.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static boolean startsWithZipMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
