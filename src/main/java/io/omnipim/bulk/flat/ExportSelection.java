package io.omnipim.bulk.flat;

import java.util.List;

/**
 * What an export of products or product models contains.
 *
 * @param scope one channel, or null for every channel
 * @param locales the locales of localizable values, or null for the channel's (all activated ones without a scope)
 * @param attributes the attributes to export, or null for all
 * @param withLabels headers and codes (options, family, categories) shown as labels: a file for reading, which the
 *            import does not take back
 * @param labelLocale the locale of those labels; {@code en_US} when not given
 */
public record ExportSelection(String scope, List<String> locales, List<String> attributes, boolean withLabels,
        String labelLocale) {

    public ExportSelection {
        locales = locales == null ? null : List.copyOf(locales);
        attributes = attributes == null ? null : List.copyOf(attributes);
        labelLocale = labelLocale == null ? "en_US" : labelLocale;
    }

    /** Every attribute, channel and activated locale, with codes: the file to re-import. */
    public static ExportSelection everything() {
        return new ExportSelection(null, null, null, false, null);
    }
}
