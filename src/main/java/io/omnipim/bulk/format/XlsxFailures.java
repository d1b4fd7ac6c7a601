package io.omnipim.bulk.format;

import java.io.EOFException;
import java.util.zip.ZipException;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;

/**
 * Turns POI and streaming reader failures into user messages: a damaged zip, a zip bomb, something that is not a
 * workbook. Nothing technical beyond a short reason reaches the user.
 */
final class XlsxFailures {

    private static final int MAX_REASON = 200;

    private XlsxFailures() {
    }

    /** A failure while opening the workbook or reading one of its sheets (where = "sheet "x", row 12" or null). */
    static TableFileException of(String fileName, Throwable failure, String where) {
        if (failure instanceof TableFileException known) {
            return known;
        }
        TableFileException translated = translate(fileName, failure, where);
        translated.initCause(failure); // for the logs
        return translated;
    }

    private static TableFileException translate(String fileName, Throwable failure, String where) {
        if (anyMessageContains(failure, "Zip bomb detected")) {
            return TableFileException.file(fileName,
                    "the workbook expands far beyond its size (possible zip bomb); it was not read");
        }
        if (has(failure, ODFNotOfficeXmlFileException.class)) {
            return TableFileException.file(fileName,
                    "this is an OpenDocument spreadsheet (.ods), not an XLSX workbook: save it as .xlsx or CSV");
        }
        if (anyMessageContains(failure, "content type part")) {
            return notAWorkbook(fileName);
        }
        if (damagedZip(failure)) {
            return TableFileException.file(fileName, "the XLSX file is damaged (not a valid zip): " + reason(failure)
                    + "; save it again from Excel and upload it again");
        }
        String place = where == null ? "" : " at " + where;
        return TableFileException.file(fileName, "the workbook could not be read" + place + " (" + reason(failure)
                + "); save it again from Excel as .xlsx and upload it again");
    }

    /** A zip without the parts every workbook has (a .docx, a zip of CSV files). */
    static TableFileException notAWorkbook(String fileName) {
        return TableFileException.file(fileName,
                "this is a zip archive but not an Excel workbook: upload a CSV or XLSX file");
    }

    private static boolean damagedZip(Throwable failure) {
        return has(failure, NotOfficeXmlFileException.class) || has(failure, ZipException.class)
                || has(failure, EOFException.class) || has(failure, InvalidZipException.class)
                || anyMessageContains(failure, "zip");
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMessageContains(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains(text.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: the most specific, and free of wrapper noise. */
    private static String reason(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        if (reason == null) {
            return failure.getClass().getSimpleName();
        }
        // never show where uploads are stored
        reason = reason.replaceAll("'(/|[A-Za-z]:\\\\)[^']*'", "the file").strip().replaceAll("\\s+", " ");
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }
}
