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
import io.omnipim.syndication.core.feed.FeedComposer.Prepared;
import io.omnipim.syndication.core.mapping.ItemMapper;

/**
 * Reads and maps products ahead of the thread that writes the feed: one thread reads chunks of documents from the
 * catalog while workers map them, and the caller gets them back in their original order. Reading (PostgreSQL and
 * JSON), mapping and writing then overlap on the machine's cores instead of taking turns. At most {@code depth}
 * chunks wait at any time, so memory stays bounded whatever the size of the catalog.
 *
 * @param <D> what the reader reads: documents, or stored products the workers make documents of
 * @param <T> what the reader attaches to each document while it reads it (the channel's last state, for instance),
 *        since the reader is pages ahead of the caller
 * @param <R> what the workers make of each document and its attachment (its mapping, at least)
 */
public final class ReadAhead<D, T, R> implements Iterator<R>, AutoCloseable {

    /**
     * A product, what was attached to it when it was read, its mapping, and its item as the feed's bytes when the
     * writer encodes items apart (else null).
     */
    public record Mapped<T>(IndexDocument document, T attached, ItemMapper.Mapping mapping, byte[] rendered)
            implements
                Prepared {
    }

    /** The work done on a worker thread for one document: mapping, and whatever else need not wait for the writer. */
    @FunctionalInterface
    public interface Work<D, T, R> {

        R apply(D document, T attached);
    }

    private static final int CHUNK = 200;
    private static final Chunk<?> END = new Chunk<>(CompletableFuture.completedFuture(List.of()));

    private record Chunk<R>(CompletableFuture<List<R>> future) {
    }

    private final BlockingQueue<Chunk<R>> queue;
    private final ExecutorService workers;
    private final Thread reader;
    private Iterator<R> current = List.<R>of().iterator();
    private boolean ended;
    private volatile boolean closed;

    public ReadAhead(Iterator<D> documents, Function<D, T> attach, Work<D, T, R> work, int threads, int depth) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "feed-mapper"));
        this.reader = daemon(() -> read(documents, attach, work), "feed-reader");
        reader.start();
    }

    /**
     * Maps each document on the workers and, when {@code writer} is given and encodes items apart, encodes the
     * valid ones there too (see {@link FeedWriter#render}).
     */
    public static <T> ReadAhead<IndexDocument, T, Mapped<T>> mapping(Iterator<IndexDocument> documents,
            Function<IndexDocument, T> attach, ItemMapper mapper, FeedWriter writer, int threads, int depth) {
        return new ReadAhead<>(documents, attach, (document, attached) -> {
            ItemMapper.Mapping mapping = mapper.map(document);
            byte[] rendered = writer != null && mapping.valid() ? writer.render(mapping.item()) : null;
            return new Mapped<>(document, attached, mapping, rendered);
        }, threads, depth);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Chunk<R> next = take();
            if (next == END) {
                ended = true;
            } else {
                current = join(next).iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public R next() {
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
    private void read(Iterator<D> documents, Function<D, T> attach, Work<D, T, R> work) {
        try {
            while (!closed && documents.hasNext()) {
                List<D> docs = new ArrayList<>(CHUNK);
                List<T> attached = new ArrayList<>(CHUNK);
                while (docs.size() < CHUNK && documents.hasNext()) {
                    D document = documents.next();
                    docs.add(document);
                    attached.add(attach.apply(document));
                }
                queue.put(new Chunk<>(CompletableFuture.supplyAsync(() -> work(docs, attached, work), workers)));
            }
            queue.put((Chunk<R>) END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // handed to the caller in order, after the chunks read before the failure
            offerQuietly(new Chunk<>(CompletableFuture.failedFuture(e)));
        }
    }

    private static <D, T, R> List<R> work(List<D> docs, List<T> attached, Work<D, T, R> work) {
        List<R> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(work.apply(docs.get(i), attached.get(i)));
        }
        return out;
    }

    private Chunk<R> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for products to map", e);
        }
    }

    private static <R> List<R> join(Chunk<R> chunk) {
        try {
            return chunk.future().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void offerQuietly(Chunk<R> chunk) {
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
