package io.omnipim.bulk.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.flat.FlatExportLayout;
import io.omnipim.bulk.format.FileKind;
import io.omnipim.bulk.format.TableFormat;
import io.omnipim.bulk.format.TableWriter;
import io.omnipim.bulk.format.TableWriters;
import io.omnipim.bulk.imports.ReadAhead;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.platform.job.JobHandler;

/**
 * Runs export jobs: products or product models matching the filters, streamed page by page into a CSV or XLSX
 * file (zipped with their media when asked), written under a temporary name and renamed when complete.
 */
@ApplicationScoped
public class ExportHandler implements JobHandler {

    public static final String TYPE = "export";
    private static final int PAGE = 500;

    private final ObjectMapper json;
    private final StructureCache cache;
    private final CatalogPages pages;
    private final ExportFiles files;
    private final ExportMedia media;

    public ExportHandler(ObjectMapper json, StructureCache cache, CatalogPages pages, ExportFiles files,
            ExportMedia media) {
        this.json = json;
        this.cache = cache;
        this.pages = pages;
        this.files = files;
        this.media = media;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) throws IOException {
        ExportOptions o = ExportOptions.fromJson(json, job.options());
        FlatExportLayout layout = layout(o);
        Files.createDirectories(files.dir(job.id()));
        Path data = files.file(job.id(), o.type() + "." + o.format());
        Path partial = files.file(job.id(), o.fileName() + ".partial");
        long total = pages.count(o);
        if (total >= 0) {
            job.total(total);
        }
        ExportMedia.Collected collected = o.withMedia() ? media.collector(layout) : null;
        long rows = write(job, o, layout, data, collected);
        if (job.cancelRequested()) {
            job.message("Cancelled after " + rows + " rows; no file was produced.");
            return;
        }
        if (collected != null) {
            media.zip(data, collected, partial);
            Files.delete(data);
        } else {
            Files.move(data, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Path done = files.file(job.id(), o.fileName());
        Files.move(partial, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ObjectNode result = json.createObjectNode().put("file", o.fileName()).put("rows", rows)
                .put("bytes", Files.size(done));
        job.result(result);
        job.message(rows + " " + o.type().replace('_', ' ') + " exported.");
    }

    private FlatExportLayout layout(ExportOptions o) {
        try {
            return FlatExportLayout.of(cache.current(), o.flatType(), o.selection());
        } catch (PimException e) {
            throw new JobFailure(e.getMessage() + (e.errors().isEmpty() ? "" : " " + e.errors().get(0).message()));
        }
    }

    private long write(JobContext job, ExportOptions o, FlatExportLayout layout, Path data,
            ExportMedia.Collected collected) throws IOException {
        TableFormat format = o.format().equals("xlsx")
                ? new TableFormat(FileKind.XLSX, ';', StandardCharsets.UTF_8, false, o.type())
                : new TableFormat(FileKind.CSV, ';', StandardCharsets.UTF_8, false, null);
        long rows = 0;
        // the next page is read and normalised on a thread of its own while this one formats and writes the rows
        try (OutputStream out = Files.newOutputStream(data);
                TableWriter writer = TableWriters.open(out, format);
                ReadAhead<CatalogPages.Page> ahead = ReadAhead.start(new Pages(o), "export-read-" + job.id(),
                        true)) {
            writer.header(layout.header());
            CatalogPages.Page page;
            while ((page = ahead.next()) != null) {
                for (ObjectNode item : page.items()) {
                    List<String> cells = layout.row(item);
                    writer.row(collected == null ? cells : collected.rewrite(item, cells));
                    rows++;
                }
                job.progress(rows);
                if (job.cancelRequested()) {
                    break;
                }
            }
        }
        return rows;
    }

    /** The pages of an export one after the other, then null. */
    private final class Pages implements Supplier<CatalogPages.Page> {

        private final ExportOptions options;
        private String after;
        private boolean ended;

        Pages(ExportOptions options) {
            this.options = options;
        }

        @Override
        public CatalogPages.Page get() {
            if (ended) {
                return null;
            }
            CatalogPages.Page page = pages.page(options, after, PAGE);
            after = page.next();
            ended = after == null;
            return page;
        }
    }
}
