package io.omnipim.syndication.core.run;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.omnipim.syndication.core.state.RunStates;
import io.omnipim.syndication.core.state.StateRecording;

/**
 * The states a run records once it has published (one COPY line each, see {@link RunStates#row}), sent to
 * PostgreSQL in batches on a thread of their own while the run goes on, all in one transaction (see
 * {@link StateRecording}): a run that is held back by its publish gate, cancelled or failed changes no state,
 * memory stays bounded whatever the size of the catalog, and the run's end no longer waits for all of it.
 */
final class StateJournal implements Closeable {

    /** About 3,000 products' lines (their payloads included) per COPY. */
    private static final int BATCH_BYTES = 4 << 20;

    private final StateRecording recording;
    private final byte[] prefix;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "feed-states");
        thread.setDaemon(true);
        return thread;
    });
    /** Two buffers taking turns, allocated once: each is large enough for G1 to allocate it apart (humongous). */
    private Batch batch = new Batch();
    private Batch spare = new Batch();
    private Future<?> sending = CompletableFuture.completedFuture(null);

    StateJournal(RunStates runStates, String connector) {
        this.recording = runStates.begin(connector);
        this.prefix = recording.linePrefix();
    }

    /** One state as its {@link RunStates#row} line in UTF-8 (made on a mapping worker, see {@link RunItem}). */
    void add(byte[] row) {
        batch.write(prefix, 0, prefix.length);
        batch.write(row, 0, row.length);
        if (batch.size() >= BATCH_BYTES) {
            send();
        }
    }

    /** Sends what is left, marks the products the run no longer holds as removed and commits; returns those. */
    int record() {
        if (batch.size() > 0) {
            send();
        }
        await();
        return recording.commit();
    }

    /** Rolls the states back unless {@link #record} committed them. */
    @Override
    public void close() {
        try {
            sending.get(); // the connection is not to be closed under a batch on its way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failedAlready) {
            // reported by add or record, or the run failed before for another reason
        } finally {
            sender.shutdownNow();
            recording.close();
        }
    }

    /** One batch on its way at a time: memory stays bounded, and a slow database slows the run down. */
    private void send() {
        await(); // the spare is free again once the batch sent before has been recorded
        Batch full = batch;
        batch = spare;
        batch.reset();
        spare = full;
        sending = sender.submit(() -> recording.add(full.buffer(), full.size()));
    }

    private void await() {
        try {
            sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving the run's states", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("syndication state not saved", e.getCause());
        }
    }

    /** Its bytes handed over as they are, without the copy {@code toByteArray} makes. */
    private static final class Batch extends ByteArrayOutputStream {

        Batch() {
            super(BATCH_BYTES + (64 << 10));
        }

        byte[] buffer() {
            return buf;
        }
    }
}
