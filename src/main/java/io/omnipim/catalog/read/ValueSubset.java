package io.omnipim.catalog.read;

import java.util.Set;

/**
 * The values a reader maps from each product, for documents read with only these (see
 * {@link CatalogSelection#storedAfter}): the attributes it reads, in one channel and one locale. A connector run
 * maps a dozen attributes in one channel and locale out of a product's values in every locale; parsing the rest
 * was most of the time it spent reading.
 *
 * @param attributes the attribute codes read; the families' label and image attributes are always kept whole, so
 *        that a document's labels and image are what a full read gives
 * @param channel the channel of the scopable values kept (values for all channels are always kept)
 * @param locale the locale of the localizable values kept (values for all locales are always kept)
 */
public record ValueSubset(Set<String> attributes, String channel, String locale) {

    public ValueSubset {
        attributes = Set.copyOf(attributes);
    }
}
