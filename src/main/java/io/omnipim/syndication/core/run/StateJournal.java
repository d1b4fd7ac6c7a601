package io.omnipim.syndication.core.run;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.state.SyndicationState;

/**
 * The states a run will record once it has published, kept in a file meanwhile (one JSON line each): a run that is
 * held back by its publish gate, cancelled or failed changes no state, and memory does not grow with the catalog.
 */
final class StateJournal implements Closeable {

    private final Path file;
    private final ObjectMapper json;
    private final BufferedWriter out;

    StateJournal(Path file, ObjectMapper json) throws IOException {
        this.file = file;
        this.json = json;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void add(SyndicationState state) {
        try {
            out.write(json.writeValueAsString(state));
            out.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Hands the states over one by one, in the order they were added. */
    void replay(Consumer<SyndicationState> each) throws IOException {
        out.flush();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                each.accept(json.readValue(line, SyndicationState.class));
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
