package io.omnipim.bulk.exports;

import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.BulkConfig;

/** Where an export's file is written: the job's folder under the data dir. */
@ApplicationScoped
public class ExportFiles {

    private final Path root;

    public ExportFiles(BulkConfig config) {
        this.root = Path.of(config.dir());
    }

    public Path dir(UUID job) {
        return root.resolve(job.toString());
    }

    public Path file(UUID job, String name) {
        return dir(job).resolve(name);
    }
}
