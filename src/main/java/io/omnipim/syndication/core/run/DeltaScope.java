package io.omnipim.syndication.core.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.read.CatalogChanges;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.state.DeltaWatermark;
import io.omnipim.syndication.core.state.DeltaWatermarks;

/**
 * Which products a delta run of a pushed connector must look at. After a complete delivery, only the products
 * written (or deleted) since then can read differently, unless the structure or the definition changed: then, or
 * when the changed products are too many to be worth listing, the run compares every selected product as before.
 * A product's write is stamped before its transaction commits (a batch of an import or a collection PATCH takes
 * seconds), and nodes' clocks differ a little: the mark is set back by a minute, so a write still uncommitted when
 * the last run read the catalog is looked at again.
 */
@ApplicationScoped
public class DeltaScope {

    static final Duration MARGIN = Duration.ofMinutes(1);
    /** Past this many changed products a full comparison costs about the same and needs no list in memory. */
    static final int MAX_CANDIDATES = 200_000;

    private final CatalogChanges changes;
    private final DeltaWatermarks watermarks;

    public DeltaScope(CatalogChanges changes, DeltaWatermarks watermarks) {
        this.changes = changes;
        this.watermarks = watermarks;
    }

    /** The start of a run: the structure revision and definition it runs with, read before any product. */
    public Start begin(ConnectorDefinition definition) {
        return new Start(definition.code(), OffsetDateTime.now(), changes.revision(), hash(definition));
    }

    /** The products a delta must look at, or empty when it must compare everything. */
    public Optional<Set<UUID>> candidates(Start start) {
        Optional<DeltaWatermark> mark = watermarks.find(start.connector());
        if (mark.isEmpty() || !mark.get().stillApplies(start.revision(), start.definitionHash())) {
            return Optional.empty();
        }
        return changes.productsChangedSince(mark.get().since(), MAX_CANDIDATES);
    }

    /** After a run that delivered everything it planned: the next delta starts from this run. */
    public void complete(Start start) {
        watermarks.save(new DeltaWatermark(start.connector(), start.at().minus(MARGIN), start.revision(),
                start.definitionHash()));
    }

    static String hash(ConnectorDefinition definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(definition.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a run started with. */
    public record Start(String connector, OffsetDateTime at, long revision, String definitionHash) {
    }
}
