package io.omnipim.bulk.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * POI writes its temporary files (streamed sheets, decrypted packages) to {@code /tmp/poifiles} by default: a
 * folder the first account to use it owns, so a server run by another account could not write XLSX files. They go
 * under the data dir instead.
 */
@ApplicationScoped
public class PoiTempFiles {

    private final Path dir;

    public PoiTempFiles(@ConfigProperty(name = "pim.data-dir") String dataDir) {
        this.dir = Path.of(dataDir).toAbsolutePath().resolve("tmp").resolve("poi");
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create POI's temp folder " + dir, e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
    }
}
