package io.omnipim.syndication.core.connector;

import java.time.OffsetDateTime;

/**
 * A connector as stored: its definition as its author wrote it ({@code source}), where it came from, and the hash of
 * the file content last applied.
 *
 * @param origin {@code file:connectors/google-shopping.yaml} or {@code api}
 */
public record StoredConnector(String code, String type, String source, String origin, String fileHash, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String updatedBy) {

    public static final String API = "api";
    public static final String FILE = "file:";

    /** What messages call the definition's text: its file, or "connector x" for one written through the API. */
    public String sourceName() {
        return origin.startsWith(FILE) ? origin.substring(FILE.length()) : "connector " + code;
    }
}
