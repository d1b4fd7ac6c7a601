package io.omnipim.catalog.product.media;

import java.time.OffsetDateTime;

/**
 * A stored media file: its Akeneo-like code (what product values hold), what the client sent, and the hash of its
 * bytes in the {@link MediaStorage}.
 */
public record MediaFile(String code, String originalFilename, String mimeType, long size, String extension,
        String sha256, OffsetDateTime created) {
}
