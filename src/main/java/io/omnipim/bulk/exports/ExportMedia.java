package io.omnipim.bulk.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.bulk.flat.FlatColumn;
import io.omnipim.bulk.flat.FlatExportLayout;
import io.omnipim.catalog.product.media.MediaFile;
import io.omnipim.catalog.product.media.MediaFileService;
import io.omnipim.platform.errors.PimException;

/**
 * {@code with_media}: image and file cells become paths inside the zip ({@code files/<identifier>/<column>/<name>}),
 * the form an import of that zip reads back to the same media.
 */
@ApplicationScoped
public class ExportMedia {

    private final MediaFileService media;

    public ExportMedia(MediaFileService media) {
        this.media = media;
    }

    /** Collects the media of the exported rows while it rewrites their cells. */
    public final class Collected {

        private final List<FlatColumn> columns;
        private final Map<String, String> pathToCode = new LinkedHashMap<>();

        Collected(List<FlatColumn> columns) {
            this.columns = columns;
        }

        List<String> rewrite(JsonNode item, List<String> cells) {
            String key = item.hasNonNull("identifier") ? item.get("identifier").asText() : item.path("code").asText();
            List<String> out = new ArrayList<>(cells);
            for (FlatColumn column : columns) {
                String code = out.get(column.index());
                if (code == null || code.isBlank()) {
                    continue;
                }
                try {
                    MediaFile file = media.get(code);
                    String path = "files/" + safe(key) + "/" + safe(column.name()) + "/" + safe(file
                            .originalFilename());
                    pathToCode.put(path, code);
                    out.set(column.index(), path);
                } catch (PimException e) {
                    // a value naming a media file that is gone: keep the code, the import will say so
                }
            }
            return out;
        }
    }

    Collected collector(FlatExportLayout layout) {
        return new Collected(layout.columns().stream()
                .filter(c -> c instanceof FlatColumn.Value v && v.media() && !v.unit()).toList());
    }

    void zip(Path data, Collected collected, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(data.getFileName().toString()));
            Files.copy(data, zip);
            zip.closeEntry();
            for (Map.Entry<String, String> e : collected.pathToCode.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                try (InputStream in = media.download(e.getValue())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Keeps a path segment a path segment: no separators, no "..". */
    private static String safe(String segment) {
        String s = segment.replace('/', '_').replace('\\', '_');
        return s.equals("..") || s.equals(".") || s.isBlank() ? "_" : s;
    }
}
