package io.omnipim.search.query;

/** One value of a facet: its code, its label in the requested locale (families, categories, options), a count. */
public record FacetValue(String code, String label, long count) {
}
