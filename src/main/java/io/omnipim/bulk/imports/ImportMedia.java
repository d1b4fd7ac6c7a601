package io.omnipim.bulk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.flat.FlatColumn;
import io.omnipim.bulk.flat.FlatHeader;
import io.omnipim.catalog.product.media.MediaFileService;
import io.omnipim.catalog.product.media.MediaTarget;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobIssue;

/**
 * Image and file cells name a file beside the imported one (in the uploaded zip, or the samples folder) or a media
 * file already stored. Files are stored before the row is converted, and the cell becomes the media code.
 */
@ApplicationScoped
public class ImportMedia {

    private final MediaFileService media;

    public ImportMedia(MediaFileService media) {
        this.media = media;
    }

    RowConverter wrap(FlatHeader header, RowConverter next, Path root) {
        List<FlatColumn.Value> columns = header.mediaColumns();
        if (columns.isEmpty()) {
            return next;
        }
        return (line, cells) -> {
            List<String> resolved = new ArrayList<>(cells);
            List<JobIssue> issues = new ArrayList<>();
            for (FlatColumn.Value column : columns) {
                if (column.index() < cells.size()) {
                    String cell = cells.get(column.index()).strip();
                    if (!cell.isEmpty()) {
                        resolved.set(column.index(), resolve(line, column, cell, root, issues));
                    }
                }
            }
            RowConverter.Converted converted = next.convert(line, resolved);
            if (issues.isEmpty()) {
                return converted;
            }
            List<JobIssue> all = new ArrayList<>(issues);
            all.addAll(converted.issues());
            return new RowConverter.Converted(null, converted.key(), all);
        };
    }

    private String resolve(long line, FlatColumn.Value column, String cell, Path root, List<JobIssue> issues) {
        Path file = root == null ? null : root.resolve(cell).normalize();
        boolean inside = file != null && file.startsWith(root.normalize()) && Files.isRegularFile(file);
        if (!inside) {
            if (media.exists(cell)) {
                return cell;
            }
            issues.add(new JobIssue(line, column.number(), column.name(), "values." + column.code(), cell, null,
                    "The file \"" + cell + "\" is neither beside the imported file nor a stored media file: upload a"
                            + " zip holding the CSV or XLSX file and its media, with paths relative to it.",
                    false));
            return cell;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MediaTarget target = new MediaTarget(null, false, column.code(), column.locale(), column.scope());
            return media.store(file.getFileName().toString(), in, target).code();
        } catch (PimException e) {
            String detail = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            issues.add(new JobIssue(line, column.number(), column.name(), "values." + column.code(), cell, null,
                    detail, false));
            return cell;
        } catch (IOException e) {
            issues.add(new JobIssue(line, column.number(), column.name(), "values." + column.code(), cell, null,
                    "The file \"" + cell + "\" could not be read: " + e.getMessage(), false));
            return cell;
        }
    }
}
