package io.omnipim.bulk.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes {@code import-samples/products.xlsx} from {@code import-samples/products.csv}: same header, same rows, same
 * cells, so importing either file gives the same catalog. Most cells are text; GTINs become numeric cells and ISO
 * dates real date cells shown as yyyy-mm-dd, as a spreadsheet user leaves them, so that the XLSX import has to turn
 * numbers back into exact text and dates into ISO dates. Empty CSV cells are left out, as in a spreadsheet.
 * <p>
 * Run it from the repository root after editing products.csv (command in import-samples/README.md);
 * {@link SampleWorkbookTest} fails while the two files differ.
 */
public final class SampleWorkbook {

    static final Path CSV = Path.of("import-samples", "products.csv");
    static final Path XLSX = Path.of("import-samples", "products.xlsx");
    static final String GTIN_COLUMN = "gtin";
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SampleWorkbook() {
    }

    /** Arguments: optional CSV path and XLSX path (default: the samples). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : CSV;
        Path xlsx = args.length > 1 ? Path.of(args[1]) : XLSX;
        List<String[]> rows = readCsv(csv);
        write(rows, xlsx);
        System.out.println("wrote " + xlsx + ": " + (rows.size() - 1) + " products, " + rows.get(0).length
                + " columns");
    }

    /** All rows of a flat CSV file (header first), cells as written. */
    static List<String[]> readCsv(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withQuoteChar('"');
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema)
                .readValues(csv.toFile())) {
            return rows.readAll();
        }
    }

    static void write(List<String[]> rows, Path xlsx) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("products");
            sheet.createFreezePane(0, 1);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            // "0" rather than General, so the sheet shows 3770015000247 and not 3.77002E+12
            CellStyle wholeNumber = book.createCellStyle();
            wholeNumber.setDataFormat(book.createDataFormat().getFormat("0"));
            String[] header = rows.get(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    String value = cells[c];
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (r > 0 && GTIN_COLUMN.equals(header[c])) {
                        cell.setCellValue(Double.parseDouble(value));
                        cell.setCellStyle(wholeNumber);
                    } else if (r > 0 && ISO_DATE.matcher(value).matches()) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
    }
}
