package io.omnipim.syndication.core.run;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.omnipim.syndication.core.state.RunStates;
import io.omnipim.syndication.core.state.SyndicationState;

/**
 * The states a run will record once it has published, kept in a file meanwhile (one COPY line each, see
 * {@link RunStates#row}): a run that is held back by its publish gate, cancelled or failed changes no state, and
 * memory does not grow with the catalog.
 */
final class StateJournal implements Closeable {

    private final Path file;
    private final RunStates runStates;
    /** UTF-8 bytes, written and read back as such: COPY takes them as they are, nothing is decoded again. */
    private final OutputStream out;

    StateJournal(Path file, RunStates runStates) throws IOException {
        this.file = file;
        this.runStates = runStates;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    void add(SyndicationState state) {
        add(state, state.payload());
    }

    /** A state whose payload is given apart, as the mapped fields (see {@link RunStates#row(SyndicationState, Object)}). */
    void add(SyndicationState state, Object payload) {
        try {
            out.write(runStates.row(state, payload).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Records the states for the connector (see {@link RunStates#record}); returns the products removed. */
    int record(String connector) throws IOException {
        out.flush();
        try (InputStream in = Files.newInputStream(file)) {
            return runStates.record(connector, in);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
