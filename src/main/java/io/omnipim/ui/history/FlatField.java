package io.omnipim.ui.history;

import java.util.regex.Pattern;

/**
 * A history field name split back into its value's coordinates: {@code description-fr_FR-ecommerce} is the
 * attribute {@code description} in locale {@code fr_FR} and channel {@code ecommerce}. Codes never hold a dash,
 * and a locale code reads {@code ll_CC}, which tells a locale from a channel when only one is there.
 */
record FlatField(String attribute, String locale, String scope) {

    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}_[A-Z]{2}");

    static FlatField parse(String field) {
        String[] parts = field.split("-");
        if (parts.length == 1) {
            return new FlatField(parts[0], null, null);
        }
        if (parts.length == 2) {
            return LOCALE.matcher(parts[1]).matches()
                    ? new FlatField(parts[0], parts[1], null)
                    : new FlatField(parts[0], null, parts[1]);
        }
        return new FlatField(parts[0], parts[1], parts[2]);
    }
}
