package io.omnipim.catalog.product.values;

import java.util.function.Predicate;

import io.omnipim.catalog.structure.CatalogStructure;

/**
 * What value checks need besides the value: the structure, how to tell a media file exists, and whether values of
 * attributes owned by another variant level are skipped (flat files carry a variant's inherited values, as Akeneo
 * exports them) instead of refused (the API).
 */
public record ValueContext(CatalogStructure catalog, Predicate<String> mediaExists, boolean skipOtherLevels) {

    public ValueContext(CatalogStructure catalog, Predicate<String> mediaExists) {
        this(catalog, mediaExists, false);
    }
}
