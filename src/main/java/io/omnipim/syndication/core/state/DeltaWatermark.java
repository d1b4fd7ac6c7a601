package io.omnipim.syndication.core.state;

import java.time.OffsetDateTime;

/**
 * Where the last complete delivery of a connector left off: products unchanged since {@code since} still read as
 * the channel holds them, as long as the structure ({@code catalogRevision}) and the definition
 * ({@code definitionHash}) are the same as then.
 */
public record DeltaWatermark(String connector, OffsetDateTime since, long catalogRevision, String definitionHash) {

    /** Whether a run with this structure revision and definition may look only at what changed since. */
    public boolean stillApplies(long revision, String hash) {
        return catalogRevision == revision && definitionHash.equals(hash);
    }
}
