package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Streams a CSV with Jackson's CSV parser, token by token (each row is an array of strings, so we know which cell
 * failed): strict decoding, detected delimiter, quoted line breaks and doubled quotes, blank rows skipped.
 */
final class CsvTableReader implements TableReader {

    /** The largest cell we read: a long HTML description is far below, a quote never closed is usually above. */
    static final int MAX_CELL_CHARS = 16 * 1024 * 1024;

    private static final CsvMapper MAPPER = CsvMapper
            .builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_CHARS).build())
                    .build())
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final String fileName;
    private final CsvParser parser;
    private final TableFormat format;
    private final List<String> header;
    private long rowLine;

    private CsvTableReader(String fileName, CsvParser parser, TableFormat format) {
        this.fileName = fileName;
        this.parser = parser;
        this.format = format;
        List<String> first = nextNonBlank();
        if (first == null) {
            throw TableFileException.file(fileName, "the file is empty (it has no header line)");
        }
        long line = rowLine;
        this.header = HeaderCheck.check(first, (column, name, problem) -> column == null
                ? TableFileException.line(fileName, line, problem)
                : TableFileException.cell(fileName, line, column, name, problem), Integer::toString);
    }

    static CsvTableReader open(Path file, String fileName, ReadOptions options) throws IOException {
        CsvEncoding encoding = sniff(file, fileName, options);
        InputStream in = Files.newInputStream(file);
        Reader reader = new StrictDecodingReader(in, encoding.charset(), fileName);
        try {
            in.skipNBytes(encoding.bomLength());
            CsvDelimiters.Peek peek = CsvDelimiters.peekHeaderLine(reader);
            char delimiter = options.delimiter() != null
                    ? options.delimiter()
                    : CsvDelimiters.detect(peek.headerLine());
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"')
                    .withoutEscapeChar();
            CsvParser parser = (CsvParser) MAPPER.readerFor(String[].class).with(schema)
                    .createParser(peek.reader());
            return new CsvTableReader(fileName, parser,
                    new TableFormat(FileKind.CSV, delimiter, encoding.charset(), encoding.bom(), null));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static CsvEncoding sniff(Path file, String fileName, ReadOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(CsvEncodingSniffer.SCAN_BYTES);
            boolean whole = head.length < CsvEncodingSniffer.SCAN_BYTES || in.read() < 0;
            return CsvEncodingSniffer.sniff(head, whole, options.encoding(), fileName);
        }
    }

    @Override
    public TableFormat format() {
        return format;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() {
        List<String> cells = nextNonBlank();
        return cells == null ? null : new TableRow(rowLine, Collections.unmodifiableList(cells));
    }

    private List<String> nextNonBlank() {
        List<String> cells;
        do {
            cells = readRow();
        } while (cells != null && blank(cells));
        return cells;
    }

    private List<String> readRow() {
        List<String> cells = new ArrayList<>(header == null ? 16 : header.size());
        if (token(cells) == null) {
            return null;
        }
        rowLine = parser.currentLocation().getLineNr();
        while (token(cells) == JsonToken.VALUE_STRING) {
            cells.add(text(cells));
        }
        return cells;
    }

    private JsonToken token(List<String> cells) {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw CsvSyntaxErrors.tooLong(fileName, rowLine, cells, header);
        } catch (JsonProcessingException e) {
            throw CsvSyntaxErrors.of(fileName, e, rowLine, cells, header);
        } catch (IOException e) {
            throw CsvSyntaxErrors.unreadable(fileName, e);
        }
    }

    private String text(List<String> cells) {
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            throw CsvSyntaxErrors.tooLong(fileName, rowLine, cells, header);
        } catch (IOException e) {
            throw CsvSyntaxErrors.unreadable(fileName, e);
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
