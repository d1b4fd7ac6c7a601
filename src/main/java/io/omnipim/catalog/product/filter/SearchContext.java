package io.omnipim.catalog.product.filter;

import java.time.Clock;

import io.omnipim.catalog.structure.CatalogStructure;

/** What every filter of one search shares: the target, the structure, the search-wide locale and scope, the clock. */
record SearchContext(FilterTarget target, CatalogStructure catalog, String searchLocale, String searchScope,
        Clock clock) {
}
