package io.omnipim.syndication.core.run;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.omnipim.syndication.core.state.RunStates;

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

    /** One state as its {@link RunStates#row} line in UTF-8 (made on a mapping worker, see {@link RunItem}). */
    void add(byte[] row) {
        try {
            out.write(row);
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
