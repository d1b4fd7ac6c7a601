package io.omnipim.catalog.read;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product or product model as a read model needs it: its own and inherited values, categories and their
 * ancestors, completeness, and the label and image its family designates.
 *
 * @param type {@code product} or {@code product_model}
 * @param id the product's uuid or the model's code
 * @param identifier the product identifier or the model code
 * @param version the row's version: it only grows, so it orders the changes of one product
 * @param fingerprint the version with the versions of the models it inherits from and its completeness: it
 *        changes whenever what a reader derives from the document changes (see
 *        {@link CatalogReader#productFingerprints})
 * @param values effective values (own over inherited) in raw format
 *        {@code {attribute: {scope|<all_channels>: {locale|<all_locales>: data}}}}
 * @param labels the value of the family's label attribute per enabled locale
 * @param image the media file key of the family's image attribute, or null
 */
public record IndexDocument(String type, String id, String identifier, long version, String fingerprint,
        boolean enabled, String family, String familyVariant, String parent, List<String> ancestors,
        List<String> categories, List<String> categoriesWithAncestors, List<String> groups, OffsetDateTime created,
        OffsetDateTime updated, List<Ratio> completeness, ObjectNode values, Map<String, String> labels,
        String image) {

    public static final String PRODUCT = "product";
    public static final String PRODUCT_MODEL = "product_model";

    /** Completeness of one channel × locale, in percent. */
    public record Ratio(String channel, String locale, int ratio) {
    }
}
