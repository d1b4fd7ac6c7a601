package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads of their own for the shares of each batch after the first: the shares are written at once, on a
 * connection each, so the database works on some while others are converted to rows in Java, and every core is
 * busy. The next batch starts when every share is done, so a share's batches still commit in file order.
 */
final class OtherWriters implements AutoCloseable {

    private final ExecutorService threads;

    /** @param count threads besides the caller's; 0: every part runs on the caller's thread, one after the other */
    OtherWriters(String name, int count) {
        AtomicInteger number = new AtomicInteger(1);
        this.threads = count <= 0 ? null : Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the parts, the first on the caller's thread; returns when all are done, rethrowing the first failure. */
    void runAll(List<Runnable> parts) {
        if (threads == null || parts.size() < 2) {
            parts.forEach(Runnable::run);
            return;
        }
        List<Future<?>> others = new ArrayList<>();
        parts.subList(1, parts.size()).forEach(p -> others.add(threads.submit(p)));
        RuntimeException failure = null;
        try {
            parts.get(0).run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> other : others) {
            failure = awaited(other, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException awaited(Future<?> other, RuntimeException failure) {
        try {
            other.get();
        } catch (ExecutionException e) {
            if (failure == null) {
                return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure != null ? failure : new IllegalStateException("interrupted while writing", e);
        }
        return failure;
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
