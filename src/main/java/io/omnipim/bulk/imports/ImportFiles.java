package io.omnipim.bulk.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.BulkConfig;

/** The folder of each job under the data dir: the uploaded source as {@code source}, media of a zip bundle. */
@ApplicationScoped
public class ImportFiles {

    private final Path root;

    public ImportFiles(BulkConfig config) {
        this.root = Path.of(config.dir());
    }

    public Path dir(UUID job) {
        return root.resolve(job.toString());
    }

    public Path source(UUID job) {
        return dir(job).resolve("source");
    }

    /**
     * The rows of an XLSX as the check read them ({@link io.omnipim.bulk.format.SpooledRows}), so the import does
     * not parse the workbook a second time.
     */
    public Path spool(UUID job) {
        return dir(job).resolve("rows.spool");
    }

    /** Where media paths of the file resolve: the files of an uploaded zip, or null when there are none. */
    public Path mediaRoot(UUID job) {
        Path files = dir(job).resolve("files");
        return Files.isDirectory(files) ? files : null;
    }

    /** Moves (or copies, across file systems) the upload into the job's folder before the job is queued. */
    public void keep(UUID job, Path upload) {
        try {
            Files.createDirectories(dir(job));
            try {
                Files.move(upload, source(job), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.copy(upload, source(job), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded file of import " + job, e);
        }
    }

    /** Copies a file the server reads itself (samples); media paths in it resolve against {@code mediaRoot}. */
    public void copy(UUID job, Path file) {
        try {
            Files.createDirectories(dir(job));
            Files.copy(file, source(job), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + file + " for import " + job, e);
        }
    }
}
