package io.omnipim.syndication.core.push;

import java.util.UUID;

import io.omnipim.syndication.core.MappedItem;

/**
 * One product's change for a pushed channel: an upsert with its mapped item and payload hash, or a delete of a
 * product the channel holds but should no longer (deleted, disabled, left the selection).
 *
 * @param item the mapped item (null for a delete)
 * @param hash the {@link io.omnipim.syndication.core.PayloadHash} of the item (null for a delete)
 */
public record ItemChange(UUID product, String identifier, String action, MappedItem item, String hash) {

    public static final String UPSERT = "upsert";
    public static final String DELETE = "delete";

    public static ItemChange upsert(UUID product, MappedItem item, String hash) {
        return new ItemChange(product, item.id(), UPSERT, item, hash);
    }

    public static ItemChange delete(UUID product, String identifier) {
        return new ItemChange(product, identifier, DELETE, null, null);
    }

    public boolean isDelete() {
        return DELETE.equals(action);
    }
}
