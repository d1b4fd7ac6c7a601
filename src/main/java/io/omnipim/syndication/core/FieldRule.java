package io.omnipim.syndication.core;

import java.util.List;

/**
 * What a channel accepts in one field: checked on every mapped product, so a product that breaks a rule is reported
 * and not sent. Comes from the channel type's specification and from the connector's {@code validate:} settings.
 *
 * @param maxLength the most characters, or null
 * @param allowedValues the only values accepted, or empty for any
 * @param gtin the value must be a GTIN (8, 12, 13 or 14 digits with a valid check digit)
 * @param url the value must be an absolute http(s) URL
 * @param pattern a Java regular expression the whole value must match, or null
 */
public record FieldRule(boolean required, Integer maxLength, List<String> allowedValues, boolean gtin, boolean url,
        String pattern) {

    public static final FieldRule NONE = new FieldRule(false, null, List.of(), false, false, null);

    public FieldRule {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /** A field that must have a value. */
    public static FieldRule mandatory() {
        return NONE.withRequired();
    }

    public FieldRule withRequired() {
        return new FieldRule(true, maxLength, allowedValues, gtin, url, pattern);
    }

    public FieldRule withMaxLength(int max) {
        return new FieldRule(required, max, allowedValues, gtin, url, pattern);
    }

    public FieldRule withAllowed(List<String> values) {
        return new FieldRule(required, maxLength, values, gtin, url, pattern);
    }

    public FieldRule withGtin() {
        return new FieldRule(required, maxLength, allowedValues, true, url, pattern);
    }

    public FieldRule withUrl() {
        return new FieldRule(required, maxLength, allowedValues, gtin, true, pattern);
    }

    public FieldRule withPattern(String regex) {
        return new FieldRule(required, maxLength, allowedValues, gtin, url, regex);
    }
}
