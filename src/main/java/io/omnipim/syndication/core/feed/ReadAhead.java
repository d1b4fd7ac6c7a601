package io.omnipim.syndication.core.feed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.mapping.ItemMapper;

/**
 * Reads and maps products ahead of the thread that writes the feed: one thread reads chunks of documents from the
 * catalog while workers map them, and the caller gets them back in their original order. Reading (PostgreSQL and
 * JSON), mapping and writing then overlap on the machine's cores instead of taking turns. At most {@code depth}
 * chunks wait at any time, so memory stays bounded whatever the size of the catalog.
 *
 * @param <T> what the reader attaches to each document while it reads it (the channel's last state, for instance),
 *        since the reader is pages ahead of the caller
 */
public final class ReadAhead<T> implements Iterator<ReadAhead.Mapped<T>>, AutoCloseable {

    /** A product, what was attached to it when it was read, and its mapping. */
    public record Mapped<T>(IndexDocument document, T attached, ItemMapper.Mapping mapping) {
    }

    private static final int CHUNK = 200;
    private static final Chunk<?> END = new Chunk<>(CompletableFuture.completedFuture(List.of()));

    private record Chunk<T>(CompletableFuture<List<Mapped<T>>> future) {
    }

    private final BlockingQueue<Chunk<T>> queue;
    private final ExecutorService workers;
    private final Thread reader;
    private Iterator<Mapped<T>> current = List.<Mapped<T>>of().iterator();
    private boolean ended;
    private volatile boolean closed;

    public ReadAhead(Iterator<IndexDocument> documents, Function<IndexDocument, T> attach, ItemMapper mapper,
            int threads, int depth) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "feed-mapper"));
        this.reader = daemon(() -> read(documents, attach, mapper), "feed-reader");
        reader.start();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Chunk<T> next = take();
            if (next == END) {
                ended = true;
            } else {
                current = join(next).iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public Mapped<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        workers.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private void read(Iterator<IndexDocument> documents, Function<IndexDocument, T> attach, ItemMapper mapper) {
        try {
            while (!closed && documents.hasNext()) {
                List<IndexDocument> docs = new ArrayList<>(CHUNK);
                List<T> attached = new ArrayList<>(CHUNK);
                while (docs.size() < CHUNK && documents.hasNext()) {
                    IndexDocument document = documents.next();
                    docs.add(document);
                    attached.add(attach.apply(document));
                }
                queue.put(new Chunk<>(CompletableFuture.supplyAsync(() -> map(docs, attached, mapper), workers)));
            }
            queue.put((Chunk<T>) END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // handed to the caller in order, after the chunks read before the failure
            offerQuietly(new Chunk<>(CompletableFuture.failedFuture(e)));
        }
    }

    private static <T> List<Mapped<T>> map(List<IndexDocument> docs, List<T> attached, ItemMapper mapper) {
        List<Mapped<T>> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(new Mapped<>(docs.get(i), attached.get(i), mapper.map(docs.get(i))));
        }
        return out;
    }

    private Chunk<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for products to map", e);
        }
    }

    private static <T> List<Mapped<T>> join(Chunk<T> chunk) {
        try {
            return chunk.future().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void offerQuietly(Chunk<T> chunk) {
        try {
            queue.offer(chunk, 1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
