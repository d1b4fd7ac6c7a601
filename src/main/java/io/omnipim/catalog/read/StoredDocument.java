package io.omnipim.catalog.read;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A product as read from the database, its document made on first use (see
 * {@link CatalogSelection#storedAfter}): parsing the stored values is most of the work of reading a product, so a
 * reader that hands products to worker threads lets each worker parse its own, in parallel and on the core that
 * maps them next, rather than on its one reading thread. Made once, on one thread at a time.
 */
public final class StoredDocument {

    private final UUID uuid;
    private Supplier<IndexDocument> parse;
    private IndexDocument document;

    StoredDocument(UUID uuid, Supplier<IndexDocument> parse) {
        this.uuid = uuid;
        this.parse = parse;
    }

    /** A document already made, for readers that read whole documents the usual way. */
    public static StoredDocument of(IndexDocument document) {
        StoredDocument out = new StoredDocument(UUID.fromString(document.id()), null);
        out.document = Objects.requireNonNull(document);
        return out;
    }

    public UUID uuid() {
        return uuid;
    }

    public IndexDocument document() {
        if (document == null) {
            document = parse.get();
            parse = null; // the stored bytes can go
        }
        return document;
    }
}
