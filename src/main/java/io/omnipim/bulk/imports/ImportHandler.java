package io.omnipim.bulk.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.bulk.BulkConfig;
import io.omnipim.bulk.flat.CellError;
import io.omnipim.bulk.flat.Converted;
import io.omnipim.bulk.flat.FlatColumn;
import io.omnipim.bulk.flat.FlatHeader;
import io.omnipim.bulk.flat.FlatHeaderException;
import io.omnipim.bulk.flat.FlatOptions;
import io.omnipim.bulk.flat.FlatRowConverter;
import io.omnipim.bulk.flat.FlatType;
import io.omnipim.bulk.flat.HeaderProblem;
import io.omnipim.bulk.format.CsvRowCounter;
import io.omnipim.bulk.format.FileKind;
import io.omnipim.bulk.format.ReadOptions;
import io.omnipim.bulk.format.SpooledRows;
import io.omnipim.bulk.format.TableFileException;
import io.omnipim.bulk.format.TableReader;
import io.omnipim.bulk.format.TableReaders;
import io.omnipim.bulk.format.TableRow;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.platform.job.JobHandler;
import io.omnipim.platform.job.JobIssue;

/**
 * Runs import jobs: checks the whole file first (readable, header known, rows countable) so a broken file fails
 * before anything is written, then imports it batch by batch from where it stopped.
 */
@ApplicationScoped
public class ImportHandler implements JobHandler {

    public static final String TYPE = "import";

    private final ObjectMapper json;
    private final ImportFiles files;
    private final StructureCache cache;
    private final ImportWriters writers;
    private final RejectedRows rejectedRows;
    private final AgroalDataSource dataSource;
    private final BulkConfig config;
    private final ImportMedia media;

    public ImportHandler(ObjectMapper json, ImportFiles files, StructureCache cache, ImportWriters writers,
            RejectedRows rejectedRows, AgroalDataSource dataSource, BulkConfig config, ImportMedia media) {
        this.json = json;
        this.files = files;
        this.cache = cache;
        this.writers = writers;
        this.rejectedRows = rejectedRows;
        this.dataSource = dataSource;
        this.config = config;
        this.media = media;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) throws Exception {
        ImportOptions options = ImportOptions.fromJson(json, job.options());
        Path source = files.source(job.id());
        CatalogStructure catalog = cache.current();
        FlatType type = options.flatType();
        int pass = job.cursor() == null ? 1 : job.cursor().path("pass").asInt(1);
        try {
            if (job.cursor() == null) {
                check(job, options, source, catalog);
            }
            importRows(job, options, source, catalog, type, pass);
        } finally {
            Files.deleteIfExists(files.spool(job.id()));
        }
    }

    private void importRows(JobContext job, ImportOptions options, Path source, CatalogStructure catalog,
            FlatType type, int pass) throws java.io.IOException {
        try (TableReader reader = open(job, source, options)) {
            FlatHeader header = header(options, reader.header(), catalog);
            boolean associations = needsAssociationPass(header);
            String keyName = type == FlatType.PRODUCT ? catalog.identifierAttribute().code() : "code";
            boolean noMedia = header.mediaColumns().isEmpty();
            // plain products get several writers (a product model row may name a parent model a few rows up, in
            // the other share) and their values prepared apart from the body (media and missing options rework
            // the values of the body)
            boolean plainProducts = type == FlatType.PRODUCT && noMedia && !options.createMissingOptions();
            FlatRowConverter flat = FlatRowConverter.of(header, catalog, flatOptions(options), plainProducts);
            RowConverter plain = (line, cells) -> adapt(line, flat.convert(cells));
            ColumnLocator columns = new ColumnLocator(header, keyName);
            ImportBatch batch = new ImportBatch(writers.of(type, options), job, rejectedRows, dataSource,
                    options.dryRun());
            if (pass == 1) {
                RowConverter converter = media.wrap(header, plain, files.mediaRoot(job.id()));
                int writers = plainProducts ? config.importWriters() : 1;
                boolean finished = new ImportRun(job, reader, converter, batch, columns, config.batchSize(),
                        type == FlatType.PRODUCT ? "Identifier" : "Code", associations, noMedia, writers).execute();
                if (!finished || !associations) {
                    return;
                }
            }
            try (TableReader again = open(job, source, options)) {
                new AssociationPass(job, again, plain, batch, columns, config.batchSize(),
                        rejectedRows.lines(job.id())).execute();
            }
        } catch (TableFileException e) {
            throw failure(e);
        }
    }

    /**
     * The pre-pass: every structural problem before the first write, and the total for the progress bar. A
     * workbook's rows are kept as read ({@link SpooledRows}): parsing its XML is most of an XLSX import's work. A
     * UTF-8 CSV's rows are counted from its bytes when {@link CsvRowCounter} vouches for the whole file.
     */
    private void check(JobContext job, ImportOptions options, Path source, CatalogStructure catalog) {
        long rows;
        boolean associations;
        try (TableReader reader = open(source, options)) {
            associations = needsAssociationPass(header(options, reader.header(), catalog));
            OptionalLong counted = reader.format().kind() == FileKind.CSV
                    ? CsvRowCounter.count(source, reader.format())
                    : OptionalLong.empty();
            rows = counted.isPresent() ? counted.getAsLong() : readAll(job, reader);
        } catch (TableFileException e) {
            throw failure(e);
        } catch (java.io.IOException e) {
            throw new JobFailure(options.fileName() + " could not be read: " + e.getMessage());
        }
        if (rows == 0) {
            throw new JobFailure(options.fileName() + " has a header but no rows: there is nothing to import.");
        }
        job.total(rows * (associations ? 2 : 1));
    }

    /** Reads every row (a workbook's into the spool), so a file the reader refuses fails here. */
    private long readAll(JobContext job, TableReader reader) throws java.io.IOException {
        long rows = 0;
        SpooledRows.Writer spool = reader.format().kind() == FileKind.XLSX
                ? SpooledRows.writer(files.spool(job.id()), reader.format(), reader.header())
                : null;
        try (spool) {
            TableRow row;
            while ((row = reader.next()) != null) {
                rows++;
                if (spool != null) {
                    spool.row(row);
                }
                if (rows % 10_000 == 0) {
                    job.progress(0);
                }
            }
            if (spool != null && rows > 0) {
                spool.complete();
            }
        }
        return rows;
    }

    /** A products file with association columns is read twice: products first, then their associations. */
    private static boolean needsAssociationPass(FlatHeader header) {
        return header.type() == FlatType.PRODUCT
                && header.columns().stream().anyMatch(c -> c instanceof FlatColumn.Association);
    }

    /** The spooled rows when the check kept them, the file otherwise (a CSV; a resumed job). */
    private TableReader open(JobContext job, Path source, ImportOptions options) {
        Path spool = files.spool(job.id());
        return Files.exists(spool) ? SpooledRows.open(spool) : open(source, options);
    }

    private static TableReader open(Path source, ImportOptions options) {
        return WithoutErrorColumn.of(TableReaders.open(source, options.fileName(),
                new ReadOptions(options.delimiter(), options.charset(), options.sheet())));
    }

    private static FlatHeader header(ImportOptions options, List<String> cells, CatalogStructure catalog) {
        try {
            return FlatHeader.parse(options.flatType(), cells, catalog);
        } catch (FlatHeaderException e) {
            List<JobIssue> issues = new ArrayList<>();
            for (HeaderProblem p : e.problems()) {
                issues.add(new JobIssue(1L, p.column(), p.name(), null, null, null, p.message(), false));
            }
            throw new JobFailure(options.fileName() + ": the header cannot be imported. " + e.getMessage(), issues);
        }
    }

    private static FlatOptions flatOptions(ImportOptions options) {
        return FlatOptions.defaults().withDecimalSeparator(options.decimalSeparator())
                .withDateFormat(options.dateFormat());
    }

    private static RowConverter.Converted adapt(long line, Converted converted) {
        List<JobIssue> issues = new ArrayList<>();
        for (CellError e : converted.errors()) {
            issues.add(new JobIssue(line, e.column() == 0 ? null : e.column(), e.columnName(), e.property(),
                    e.value(), converted.key(), e.message(), false));
        }
        return new RowConverter.Converted(converted.body(), converted.key(), issues, converted.values());
    }

    private static JobFailure failure(TableFileException e) {
        JobIssue issue = new JobIssue(e.line(), e.column(), e.columnName(), null, null, null, e.getMessage(), false);
        return new JobFailure(e.getMessage(), List.of(issue));
    }
}
