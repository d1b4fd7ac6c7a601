package io.omnipim.bulk.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Batches read one step ahead, on a thread of their own: while a batch is written and committed, the next one is
 * parsed from the file (imports convert each part in its writer, see {@link ImportRun}), so the database and the
 * parser work at the same time. The
 * batches come out in file order, and a failure of the reader (a broken row) comes out where it happened, after
 * the batches before it. At most one batch waits, so memory stays bounded whatever the file size. Exports use it
 * the other way round: the next page of products is read from the database while the current one is written.
 *
 * @param <T> a prepared batch; the supplier returns null at the end of the file
 */
public final class ReadAhead<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final Supplier<T> source;
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
    private final Thread worker;
    private volatile boolean stopped;
    private boolean ended;

    private ReadAhead(Supplier<T> source, String name) {
        this.source = source;
        this.worker = name == null ? null : new Thread(this::produce, name);
    }

    /** Starts reading ahead on a thread named {@code name}; with {@code ahead} false, reads on demand instead. */
    public static <T> ReadAhead<T> start(Supplier<T> source, String name, boolean ahead) {
        ReadAhead<T> out = new ReadAhead<>(source, ahead ? name : null);
        if (out.worker != null) {
            out.worker.setDaemon(true);
            out.worker.start();
        }
        return out;
    }

    /** The next batch, or null at the end; rethrows what the reader threw. */
    @SuppressWarnings("unchecked")
    public T next() {
        if (ended) {
            return null;
        }
        if (worker == null) {
            return source.get();
        }
        Object item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next rows of the file", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            if (failure.error() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.error() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure.error());
        }
        return (T) item;
    }

    /** Stops the reader (after a cancel, or a failed write) and waits for it: the file may be closed after this. */
    @Override
    public void close() {
        stopped = true;
        if (worker == null) {
            return;
        }
        ready.clear();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void produce() {
        try {
            T batch;
            do {
                batch = source.get();
            } while (hand(batch == null ? END : batch) && batch != null);
        } catch (Throwable t) {
            hand(new Failure(t));
        }
    }

    /** Waits for room, giving up when the consumer stopped; false when it did. */
    private boolean hand(Object item) {
        try {
            while (!stopped) {
                if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private record Failure(Throwable error) {
    }
}
