package io.omnipim.bulk.format;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound files we refuse, with the right advice: Excel wraps a password-protected .xlsx in one (with an
 * EncryptionInfo stream), and legacy .xls workbooks are one.
 */
final class OleFiles {

    private OleFiles() {
    }

    static TableFileException refusal(Path file, String fileName) {
        if (encrypted(file)) {
            return TableFileException.file(fileName,
                    "the workbook is password-protected: remove the password and upload it again");
        }
        return TableFileException.file(fileName,
                "Excel 97-2003 .xls files are not supported: save it as .xlsx or CSV");
    }

    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntry("EncryptionInfo")
                    || root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false; // a damaged compound file: the .xls advice is the useful one
        }
    }
}
