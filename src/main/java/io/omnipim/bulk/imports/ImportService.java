package io.omnipim.bulk.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.bulk.BulkConfig;
import io.omnipim.bulk.format.ReadOptions;
import io.omnipim.bulk.format.TableReader;
import io.omnipim.bulk.format.TableReaders;
import io.omnipim.bulk.format.TableWriter;
import io.omnipim.bulk.format.TableWriters;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobRecord;
import io.omnipim.platform.job.JobService;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;

/** Starts imports from uploaded files and gives back their reports and rejected rows. */
@ApplicationScoped
public class ImportService {

    /** The column added to the rejected-rows file; an import ignores it, so the fixed file goes back as it is. */
    public static final String ERROR_COLUMN = "import_error";

    private final JobService jobs;
    private final ImportFiles files;
    private final ObjectMapper json;
    private final RejectedRows rejected;
    private final BulkConfig config;

    public ImportService(JobService jobs, ImportFiles files, ObjectMapper json, RejectedRows rejected,
            BulkConfig config) {
        this.jobs = jobs;
        this.files = files;
        this.json = json;
        this.rejected = rejected;
        this.config = config;
    }

    /** Keeps the upload under the job's folder (unpacking a zip of file + media) and queues the job. */
    public UUID submit(Path upload, ImportOptions options, Author author) {
        UUID id = UUID.randomUUID();
        files.keep(id, upload);
        ImportOptions kept = unpackBundle(id, options);
        jobs.submit(id, ImportHandler.TYPE, kept.fileName(), kept.toJson(json), author);
        return id;
    }

    /** Imports a file the server reads itself (the samples), with a folder its media paths resolve against. */
    public UUID submitLocal(Path file, Path mediaDir, ImportOptions options, Author author) {
        UUID id = UUID.randomUUID();
        files.copy(id, file);
        if (mediaDir != null && Files.isDirectory(mediaDir)) {
            copyTree(mediaDir, files.dir(id).resolve("files").resolve(mediaDir.getFileName().toString()));
        }
        jobs.submit(id, ImportHandler.TYPE, options.fileName(), options.toJson(json), author);
        return id;
    }

    private ImportOptions unpackBundle(UUID id, ImportOptions options) {
        Path source = files.source(id);
        if (!ZipBundle.isBundle(source)) {
            return options;
        }
        Path data = ZipBundle.extract(source, files.dir(id).resolve("files"), config.maxUploadMb() * 1024L * 1024L,
                options.fileName());
        try {
            Files.copy(data, source, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportOptions(options.type(), data.getFileName().toString(), options.delimiter(),
                options.encoding(), options.decimalSeparator(), options.dateFormat(), options.dryRun(),
                options.compareValues(), options.createMissingOptions(), options.sheet());
    }

    public JobView view(UUID id) {
        return jobs.view(id, ImportHandler.TYPE);
    }

    public List<JobView> list(int page, int limit) {
        return jobs.list(List.of(ImportHandler.TYPE), page, limit);
    }

    public long count() {
        return jobs.count(List.of(ImportHandler.TYPE));
    }

    public JobView cancel(UUID id) {
        return jobs.cancel(id, ImportHandler.TYPE);
    }

    public JobView resume(UUID id) {
        return jobs.resume(id, ImportHandler.TYPE);
    }

    /** The name the rejected-rows file is offered under: {@code products-rejected.csv}. */
    public String rejectedName(UUID id) {
        String name = jobs.record(id, ImportHandler.TYPE).label();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "rejected.csv" : name.substring(0, dot) + "-rejected" + name.substring(dot);
    }

    /** Writes the rejected rows in the source's own format and encoding, with the error column added. */
    public void writeRejected(UUID id, OutputStream out) {
        JobRecord job = jobs.record(id, ImportHandler.TYPE);
        ImportOptions options = ImportOptions.fromJson(json, job.options());
        try (TableReader source = TableReaders.open(files.source(id), options.fileName(),
                new ReadOptions(options.delimiter(), options.charset(), options.sheet()));
                TableWriter writer = TableWriters.open(out, source.format())) {
            List<String> header = new ArrayList<>(source.header());
            int width = header.size();
            header.add(ERROR_COLUMN);
            writer.header(header);
            rejected.forEach(id, row -> {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < width) {
                    cells.add("");
                }
                cells.add(row.reason());
                writer.row(cells);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof PimException) {
                throw e;
            }
            throw new PimException(409, "The rejected rows cannot be written: the source file of this import is no"
                    + " longer readable (" + e.getMessage() + ").");
        }
    }

    private static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from, e);
        }
    }
}
