package io.omnipim.syndication.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A published feed as an HTTP answer: its media type, gzip when the client accepts it, the file's length. */
public final class FeedResponses {

    private FeedResponses() {
    }

    public static Response of(Path feed, String acceptEncoding) {
        String name = feed.getFileName().toString();
        String type = name.endsWith(".xml")
                ? "application/xml; charset=UTF-8"
                : name.endsWith(".tsv") ? "text/tab-separated-values; charset=UTF-8" : "text/csv; charset=UTF-8";
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase().contains("gzip");
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(feed)) {
                if (gzip) {
                    GZIPOutputStream zipped = new GZIPOutputStream(out, 64 * 1024);
                    in.transferTo(zipped);
                    zipped.finish();
                } else {
                    in.transferTo(out);
                }
            }
        };
        Response.ResponseBuilder r = Response.ok(body, type).header("Vary", "Accept-Encoding");
        try {
            r.lastModified(java.util.Date.from(Files.getLastModifiedTime(feed).toInstant()));
            if (!gzip) {
                r.header("Content-Length", Files.size(feed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzip ? r.header("Content-Encoding", "gzip").build() : r.build();
    }
}
