package io.omnipim.bulk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX files as Excel users make them, good and bad, built with POI in memory. */
final class Workbooks {

    private Workbooks() {
    }

    /** A sheet "Produits" holding these rows of text cells (the first is the header). */
    static byte[] products(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Produits");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            return bytes(book);
        }
    }

    /** A header and {@code count} shoes named {@code prefix-1}, {@code prefix-2}… */
    static List<List<String>> shoes(String prefix, int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("sku", "family", "name-fr_FR", "price-EUR"));
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(prefix + "-" + i, "shoes", "Escarpin en cuir verni, pointure " + (35 + i % 8),
                    "89.90"));
        }
        return rows;
    }

    /** The workbook wrapped as Excel saves it with "Encrypt with password" (an OLE2 file around it). */
    static byte[] encrypted(byte[] workbook, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(workbook);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * The workbook with {@code size} characters of one letter added to its sheet (in an XML comment): a few MB that
     * compress to a few KB, the inflate ratio POI's zip bomb guard refuses.
     */
    static byte[] bomb(byte[] workbook, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("?>") + 2;
                    content = (xml.substring(0, body) + "<!--" + "a".repeat(size) + "-->" + xml.substring(body))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }

    /** Name and price computed by formulas, their results cached in the file as Excel does on save. */
    static byte[] withFormulas(String sku) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Produits");
            header(sheet, "sku", "family", "name-fr_FR", "price-EUR");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(sku);
            row.createCell(1).setCellValue("shoes");
            row.createCell(2).setCellFormula("CONCATENATE(\"Botte\",\" \",\"rouge\")");
            row.createCell(3).setCellFormula("ROUND(2*59.9,2)");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            return bytes(book);
        }
    }

    /** Two rows whose brand cells are merged (C2:C3), the value in C2 as Excel keeps it. */
    static byte[] merged(String first, String second) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Produits");
            header(sheet, "sku", "family", "brand", "name-fr_FR");
            String[][] rows = {{first, "shoes", "elan_vital", "Derby"}, {second, "shoes", "", "Richelieu"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
            return bytes(book);
        }
    }

    /** A release date as an Excel date (a number with a date format) and an EAN typed as a number. */
    static byte[] dateAndEan(String sku, LocalDate releaseDate, long ean) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Produits");
            header(sheet, "sku", "family", "name-en_US", "release_date", "ean");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(sku);
            row.createCell(1).setCellValue("electronics");
            row.createCell(2).setCellValue("Noise-cancelling headphones");
            row.createCell(3).setCellValue(DateUtil.getExcelDate(releaseDate));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue((double) ean);
            return bytes(book);
        }
    }

    private static void header(XSSFSheet sheet, String... names) {
        XSSFRow row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
