package io.omnipim.catalog.product;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product as stored: its own values only (a variant inherits the rest from its models), in raw format.
 * Mutable copies are made with the {@code with…} methods.
 */
public record ProductRow(UUID uuid, String identifier, boolean enabled, String family, String parent,
        List<String> categories, List<String> groups, ObjectNode values, ObjectNode associations,
        ObjectNode quantifiedAssociations, OffsetDateTime created, OffsetDateTime updated, long version) {

    public ProductRow copy() {
        return new ProductRow(uuid, identifier, enabled, family, parent, List.copyOf(categories),
                List.copyOf(groups), values.deepCopy(), associations.deepCopy(), quantifiedAssociations.deepCopy(),
                created, updated, version);
    }

    /** Same content (ignoring timestamps and version): nothing to save. */
    public boolean sameContent(ProductRow o) {
        return o != null && java.util.Objects.equals(identifier, o.identifier) && enabled == o.enabled
                && java.util.Objects.equals(family, o.family) && java.util.Objects.equals(parent, o.parent)
                && categories.equals(o.categories) && groups.equals(o.groups) && values.equals(o.values)
                && associations.equals(o.associations) && quantifiedAssociations.equals(o.quantifiedAssociations);
    }
}
