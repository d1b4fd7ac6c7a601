package io.omnipim.syndication.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.omnipim.syndication.core.feed.FeedFormat;

/**
 * The published feed of each file-feed connector: {@code <data dir>/feeds/<code>/feed.<ext>}. A run writes a
 * temporary file beside it and renames it over the published one only when the run is publishable, so a channel
 * fetching meanwhile always gets a whole file, and a failed run leaves the previous feed in place.
 */
@ApplicationScoped
public class FeedFiles {

    private final Path root;

    public FeedFiles(@ConfigProperty(name = "pim.data-dir") String dataDir) {
        this.root = Path.of(dataDir).resolve("feeds");
    }

    public Path dir(String connector) throws IOException {
        return Files.createDirectories(root.resolve(connector));
    }

    /** Where a run writes before publishing. */
    public Path partial(String connector, String runId, FeedFormat format) throws IOException {
        return dir(connector).resolve("run-" + runId + "." + format.extension() + ".partial");
    }

    /** Replaces the published feed atomically (other formats of an earlier definition are removed). */
    public Path publish(String connector, Path partial, FeedFormat format) throws IOException {
        Path target = dir(connector).resolve("feed." + format.extension());
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> others = Files.list(dir(connector))) {
            for (Path p : (Iterable<Path>) others::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith("feed.") && !p.equals(target)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return target;
    }

    /** The published feed, if a run published one. */
    public Optional<Path> published(String connector) {
        Path dir = root.resolve(connector);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("feed.")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
