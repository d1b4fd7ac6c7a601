package io.omnipim.catalog.product.media;

/** Content kept by a {@link MediaStorage}: its SHA-256 (lowercase hex) and its size in bytes. */
public record StoredBlob(String sha256, long size) {
}
