package io.omnipim.catalog.product;

import java.util.List;

/**
 * What a change computed from a product's current state may look at: its own properties (a variant's categories
 * here are its own, not those it inherits from its models).
 */
public record ProductState(String identifier, boolean enabled, String family, String parent,
        List<String> categories) {

    static ProductState of(ProductRow row) {
        return new ProductState(row.identifier(), row.enabled(), row.family(), row.parent(),
                List.copyOf(row.categories()));
    }

    public boolean variant() {
        return parent != null;
    }
}
