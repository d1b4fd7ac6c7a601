package io.omnipim.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedComposer;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.FileFeedType;
import io.omnipim.syndication.core.feed.ReadAhead;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.testsupport.SampleStructure;

/**
 * A shipped connector run over {@link SampleProducts} into memory, and the golden-file comparison: with
 * {@code GOLDEN_UPDATE=true} in the environment the golden file is (re)written instead of compared.
 */
public record FeedRun(String text, FeedComposer.Outcome outcome, List<MappedItem> written) {

    public static FeedRun of(ConnectorDefinition definition) {
        FileFeedType type = (FileFeedType) ShippedConnectors.TYPES.find(definition.type()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<MappedItem> written = new ArrayList<>();
        try {
            // mapped and encoded ahead on worker threads, as runs do: the golden files also check the order
            FeedComposer.Outcome outcome;
            FeedWriter writer = type.open(definition, out);
            try (ReadAhead<IndexDocument, Void, ReadAhead.Mapped<Void>> mapped = ReadAhead.mapping(
                    SampleProducts.all().iterator(),
                    document -> null, new ItemMapper(SampleStructure.get(), definition, type), writer, 2, 2)) {
                outcome = FeedComposer.compose(mapped, writer, definition.publishGate(), 100,
                        m -> {
                            if (m.mapping().valid()) {
                                written.add(m.mapping().item());
                            }
                        });
            }
            return new FeedRun(out.toString(StandardCharsets.UTF_8), outcome, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with {@code src/test/resources/syndication/<path>}, byte for byte. */
    public void matchesGolden(String path) {
        Path golden = Path.of("src/test/resources/syndication", path);
        try {
            if ("true".equals(System.getenv("GOLDEN_UPDATE"))) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(text).as("feed compared with " + golden + " (GOLDEN_UPDATE=true rewrites it)")
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
