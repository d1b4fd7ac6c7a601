package io.omnipim.syndication.amazon;

/**
 * A feed document of the Feeds API: its id and the pre-signed URL to upload it to (input document) or download it from
 * (processing report, then maybe GZIP-compressed).
 */
public record FeedDocument(String feedDocumentId, String url, String compressionAlgorithm) {

    public boolean gzipped() {
        return "GZIP".equalsIgnoreCase(compressionAlgorithm);
    }
}
