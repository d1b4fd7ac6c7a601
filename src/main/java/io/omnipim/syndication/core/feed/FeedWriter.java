package io.omnipim.syndication.core.feed;

import java.io.IOException;

import io.omnipim.syndication.core.MappedItem;

/**
 * Writes one feed file item by item, in constant memory: nothing is kept once an item is written. The caller owns
 * the output stream; {@link #finish()} ends the document and flushes, it does not close the stream.
 */
public interface FeedWriter {

    void write(MappedItem item) throws IOException;

    void finish() throws IOException;

    /**
     * The bytes {@link #write} would write for this item, or null when this writer cannot encode items apart. Safe to
     * call from several threads at once, while items are written: runs encode items on their mapping workers, so
     * the one thread that writes the file only copies bytes.
     */
    default byte[] render(MappedItem item) {
        return null;
    }

    /** Writes an item that {@link #render} encoded, in its place in the feed. */
    default void writeRendered(byte[] item) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not encode items apart");
    }
}
