package io.omnipim.bulk.format;

import static io.omnipim.bulk.format.Tables.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxErrorsTest {

    @TempDir
    Path dir;

    @Test
    void legacyXlsIsRefusedWithAdvice() throws IOException {
        Path file = dir.resolve("products.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("products").createRow(0).createCell(0).setCellValue("sku");
            book.write(out);
        }
        assertEquals("products.xls: Excel 97-2003 .xls files are not supported: save it as .xlsx or CSV",
                failure(file));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithAdvice() throws Exception {
        Path file = dir.resolve("products.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("Geheim-2025");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.write(dir.resolve("plain.xlsx"), workbookBytes());
                Files.copy(dir.resolve("plain.xlsx"), encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("products.xlsx: the workbook is password-protected: remove the password and upload it again",
                failure(file));
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] whole = workbookBytes();
        Path file = Tables.write(dir, "products.xlsx", Arrays.copyOf(whole, whole.length / 2));
        String message = failure(file);
        assertTrue(message.startsWith("products.xlsx: the XLSX file is damaged (not a valid zip): "), message);
        assertTrue(message.endsWith("; save it again from Excel and upload it again"), message);
    }

    @Test
    void garbageAfterTheZipSignatureIsDamaged() {
        byte[] junk = "PK\u0003\u0004 this is not really a zip archive, just text"
                .getBytes(StandardCharsets.ISO_8859_1);
        String message = failure(Tables.write(dir, "products.xlsx", junk));
        assertTrue(message.startsWith("products.xlsx: the XLSX file is damaged (not a valid zip): "), message);
    }

    @Test
    void aZipWithoutWorkbookIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("products.csv"));
            zip.write("sku;family\nTS-01;tshirts\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("export.xlsx: this is a zip archive but not an Excel workbook: upload a CSV or XLSX file",
                failure(Tables.write(dir, "export.xlsx", bytes.toByteArray())));
        Path docx = dir.resolve("letter.xlsx");
        try (XWPFDocument letter = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            letter.createParagraph().createRun().setText("Bonjour");
            letter.write(out);
        }
        assertEquals("letter.xlsx: this is a zip archive but not an Excel workbook: upload a CSV or XLSX file",
                failure(docx));
    }

    @Test
    void aZipBombIsNotRead() throws IOException {
        Path plain = Tables.write(dir, "plain.xlsx", workbookBytes());
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile source = new ZipFile(plain.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int body = xml.indexOf("?>") + 2;
                        content = (xml.substring(0, body) + "<!--" + "a".repeat(8 * 1024 * 1024) + "-->"
                                + xml.substring(body)).getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(content);
                }
            }
        }
        assertTrue(Files.size(bomb) < 100_000, "the bomb compresses well: " + Files.size(bomb));
        assertEquals("bomb.xlsx: the workbook expands far beyond its size (possible zip bomb); it was not read",
                failure(bomb));
    }

    private static byte[] workbookBytes() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("products");
            sheet.createRow(0).createCell(0).setCellValue("sku");
            for (int i = 1; i <= 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Écharpe en laine mérinos, taille unique, réf. " + i);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
