package io.omnipim.syndication.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.omnipim.syndication.core.definition.ConnectorDefinition;

/**
 * A channel type that can read back what the remote channel really holds (Amazon's listings, the shop's own copy
 * behind a webhook), so the consistency report compares the catalog with the channel itself rather than with the
 * payload last delivered, and catches edits made on the channel's side. Optional: types without it are compared
 * with their last delivered payloads.
 */
public interface RemoteCopy {

    /** How the report names this source, e.g. {@code Amazon listings (searchListingsItems)}. */
    String remoteName(ConnectorDefinition definition);

    /** Why the connector cannot read back now (no read URL, credentials not set…); empty when it can. */
    Optional<String> cannotRead(ConnectorDefinition definition);

    /** At most this many identifiers are asked for in one {@link #read}. */
    default int readBatch() {
        return 20;
    }

    /**
     * What the channel holds for these products: identifier → fields named as the connector's targets, in the form
     * {@link #comparable} gives; a product the channel does not hold is absent. A channel that cannot be reached
     * throws a {@link io.omnipim.platform.errors.PimException} saying why.
     */
    Map<String, Map<String, Object>> read(ConnectorDefinition definition, List<String> identifiers);

    /**
     * The catalog's item in the form {@link #read} gives (Amazon stores 24.9 for "24.90", a date as a date-time…),
     * so that only real differences show.
     */
    default Map<String, Object> comparable(ConnectorDefinition definition, MappedItem item) {
        return item.fields();
    }
}
