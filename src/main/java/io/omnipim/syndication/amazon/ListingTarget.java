package io.omnipim.syndication.amazon;

/**
 * Where listings go: the seller account, the one marketplace a connector targets, the language of its text attributes
 * and the currency of its prices. One Amazon connector serves one marketplace (a French and a German store are two
 * connectors, each with its own locale and currency), which keeps every text value tagged with the right language.
 *
 * @param sellerId the merchant token, e.g. {@code A2EUQ1WTGCTBG2}
 * @param marketplaceId e.g. {@code A13V1IB3VIYZZH} (amazon.fr) or {@code A1PA6795UKMFR9} (amazon.de)
 * @param languageTag Amazon's {@code language_tag} for text values, also the feed's {@code issueLocale}, e.g.
 *        {@code fr_FR}
 * @param currency ISO 4217 code of {@code our_price}, e.g. {@code EUR}
 */
public record ListingTarget(String sellerId, String marketplaceId, String languageTag, String currency) {

    public static final String AMAZON_FR = "A13V1IB3VIYZZH";
    public static final String AMAZON_DE = "A1PA6795UKMFR9";

    public ListingTarget {
        AmazonSettings.require("sellerId", sellerId);
        AmazonSettings.require("marketplaceId", marketplaceId);
        AmazonSettings.require("languageTag", languageTag);
        AmazonSettings.require("currency", currency);
    }
}
