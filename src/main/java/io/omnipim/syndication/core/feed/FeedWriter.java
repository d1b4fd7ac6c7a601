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
}
