package io.omnipim.bulk.imports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread per share of an import's rows (a lane), each writing its share's parts one after the other, so a
 * share's batches commit in file order. The lanes do not wait for each other: while one converts its next rows in
 * Java, the other's rows are in PostgreSQL. (When every share of a batch had to be written before the next batch
 * started, both converted at the same time with the database idle, then both waited for it: a 2-core machine
 * idled a tenth of an import.) A lane holds at most {@link #HELD} parts, the one it writes and the next, so the
 * rows in memory stay bounded; a lane that falls behind holds the reader up.
 */
final class WriterLanes implements AutoCloseable {

    static final int HELD = 2;

    private final ExecutorService[] lanes;
    private final Semaphore[] room;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /** @param count lanes; 1 (or less): every part runs on the caller's thread */
    WriterLanes(String name, int count) {
        int n = Math.max(count, 1);
        this.lanes = new ExecutorService[n == 1 ? 0 : n];
        this.room = new Semaphore[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            String thread = name + "-" + (i + 1);
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, thread);
                t.setDaemon(true);
                return t;
            });
            room[i] = new Semaphore(HELD);
        }
    }

    /**
     * Queues the part on its lane, waiting while the lane holds {@link #HELD} parts. Once a part failed, the parts
     * still queued are skipped and this rethrows the failure.
     */
    void submit(int lane, Runnable part) {
        if (lanes.length == 0) {
            part.run();
            return;
        }
        rethrow();
        acquire(room[lane], 1);
        lanes[lane].execute(() -> {
            try {
                if (failure.get() == null) {
                    part.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (Error e) {
                failure.compareAndSet(null, new IllegalStateException(e));
            } finally {
                room[lane].release();
            }
        });
    }

    /** Waits until every lane wrote what it was given; rethrows the first failure. */
    void finish() {
        for (Semaphore s : room) {
            acquire(s, HELD);
            s.release(HELD);
        }
        rethrow();
    }

    /** Lets the lanes finish the parts they hold (skipped after a failure) and stops their threads. */
    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        try {
            for (ExecutorService lane : lanes) {
                while (!lane.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a batch is still committing: its rows and checkpoint must end together
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (ExecutorService lane : lanes) {
                lane.shutdownNow();
            }
        }
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    private static void acquire(Semaphore s, int permits) {
        try {
            s.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a writer", e);
        }
    }
}
