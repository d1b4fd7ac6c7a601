package io.omnipim.catalog.product.media;

import java.io.InputStream;

/**
 * Where media file bytes live, addressed by their SHA-256 so identical content is kept once. The local disk is the
 * default; an object store can replace it by providing another bean of this type.
 */
public interface MediaStorage {

    /** Stores the content (read to its end, not closed) and returns its hash and size. */
    StoredBlob store(InputStream content);

    /** The stored content; the caller closes it. */
    InputStream open(String sha256);

    boolean exists(String sha256);
}
