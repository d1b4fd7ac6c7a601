package io.omnipim.syndication.amazon;

import java.util.Collection;

/** What a listings feed message asks Amazon to do with one SKU (the message's {@code operationType}). */
public enum OperationKind {

    /** Full listing: every attribute is sent and replaces what Amazon holds. */
    UPDATE,
    /** Offer-only change (price, promotion, stock, handling time): only those attributes are sent and merged. */
    PARTIAL_UPDATE,
    /** The product left the selection, was disabled or deleted: Amazon removes the SKU's listing. */
    DELETE;

    /**
     * The operation for a product whose mapped output changed in {@code changedFields}: a price or stock change is a
     * cheap {@link #PARTIAL_UPDATE}, anything else (or nothing known) a full {@link #UPDATE}.
     */
    public static OperationKind forChange(Collection<String> changedFields) {
        if (changedFields == null || changedFields.isEmpty()) {
            return UPDATE;
        }
        return AmazonListing.OFFER_FIELDS.containsAll(changedFields) ? PARTIAL_UPDATE : UPDATE;
    }
}
