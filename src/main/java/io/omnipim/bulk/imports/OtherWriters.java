package io.omnipim.bulk.imports;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A thread of its own for the second share of each batch: the two shares are written at once, on two connections,
 * so the database works on one while the other is converted to rows in Java, and both cores are busy. The next
 * batch starts when both shares are done, so a share's batches still commit in file order.
 */
final class SecondWriter implements AutoCloseable {

    private final ExecutorService thread;

    /** @param enabled false: every part runs on the caller's thread, one after the other */
    SecondWriter(String name, boolean enabled) {
        this.thread = enabled ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Runs the parts, the second on the other thread; returns when all are done, rethrowing the first failure. */
    void runAll(List<Runnable> parts) {
        if (thread == null || parts.size() < 2) {
            parts.forEach(Runnable::run);
            return;
        }
        Future<?> other = thread.submit(parts.get(1));
        RuntimeException failure = null;
        try {
            parts.get(0).run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            other.get();
        } catch (ExecutionException e) {
            if (failure == null) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = failure != null ? failure : new IllegalStateException("interrupted while writing", e);
        }
        if (failure != null) {
            throw failure;
        }
        for (int i = 2; i < parts.size(); i++) {
            parts.get(i).run();
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
