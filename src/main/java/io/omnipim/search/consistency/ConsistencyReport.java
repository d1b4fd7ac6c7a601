package io.omnipim.search.consistency;

import java.time.Instant;
import java.util.List;

/**
 * Database against index: counts and checksums per bucket (products by the first hex digit of their uuid, models
 * in one bucket), then the documents that differ. A difference while {@code pendingEvents} is above zero may just
 * be a change the indexer has not reached yet.
 *
 * @param differencesTotal all differences; {@code differences} lists the first {@value ConsistencyCheck#LISTED}
 * @param repaired documents re-indexed or deleted (with {@code repair=true})
 */
public record ConsistencyReport(Instant checkedAt, String index, long pendingEvents, long databaseCount,
        long indexCount, int differencesTotal, List<Difference> differences, List<Bucket> buckets, int repaired) {

    /** One bucket: how many documents each side holds and the checksum of their (id, fingerprint) pairs. */
    public record Bucket(String bucket, int databaseCount, int indexCount, String databaseChecksum,
            String indexChecksum) {
    }

    /**
     * A document missing from the index, extra in it (deleted from the catalog), or stale (its fingerprint, version
     * and inherited state, differs).
     */
    public record Difference(String type, String id, String problem, String databaseFingerprint,
            String indexFingerprint) {
    }
}
