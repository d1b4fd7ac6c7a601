package io.omnipim.bulk.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.bulk.flat.FlatExportLayout;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobRecord;
import io.omnipim.platform.job.JobService;
import io.omnipim.platform.job.JobStatus;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;

/** Starts exports (their options and filters checked first) and serves the files they produce. */
@ApplicationScoped
public class ExportService {

    private final JobService jobs;
    private final ObjectMapper json;
    private final CatalogPages pages;
    private final StructureCache cache;
    private final ExportFiles files;

    public ExportService(JobService jobs, ObjectMapper json, CatalogPages pages, StructureCache cache,
            ExportFiles files) {
        this.jobs = jobs;
        this.json = json;
        this.pages = pages;
        this.cache = cache;
        this.files = files;
    }

    public UUID submit(ExportOptions options, Author author) {
        FlatExportLayout.of(cache.current(), options.flatType(), options.selection()); // 422 on unknown codes
        pages.count(options); // 422 on a wrong filter, before anything is queued
        return jobs.submit(ExportHandler.TYPE, options.fileName(), options.toJson(json), author);
    }

    public JobView view(UUID id) {
        return jobs.view(id, ExportHandler.TYPE);
    }

    public List<JobView> list(int page, int limit) {
        return jobs.list(List.of(ExportHandler.TYPE), page, limit);
    }

    public long count() {
        return jobs.count(List.of(ExportHandler.TYPE));
    }

    public JobView cancel(UUID id) {
        return jobs.cancel(id, ExportHandler.TYPE);
    }

    /** The finished file; 409 while the export runs or when it did not finish. */
    public Path file(UUID id) {
        JobRecord job = jobs.record(id, ExportHandler.TYPE);
        if (job.status() != JobStatus.DONE || job.result() == null) {
            throw new PimException(409, "The export is " + job.status().code() + ": its file is ready when the"
                    + " status is done.");
        }
        Path file = files.file(id, job.result().path("file").asText());
        if (!Files.isRegularFile(file)) {
            throw new PimException(410, "The file of this export was deleted; run the export again.");
        }
        return file;
    }
}
