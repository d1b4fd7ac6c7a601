package io.omnipim.catalog.product.values;

import java.util.function.Predicate;

import io.omnipim.catalog.structure.CatalogStructure;

/** What value checks need besides the value: the structure, and how to tell a media file exists. */
public record ValueContext(CatalogStructure catalog, Predicate<String> mediaExists) {
}
