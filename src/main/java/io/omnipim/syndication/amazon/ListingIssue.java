package io.omnipim.syndication.amazon;

import java.util.List;

/**
 * A problem with one SKU: found by Amazon in the feed's processing report, or found before sending (then the SKU was
 * not sent). {@code attributeNames} tell which attributes are at fault, when known.
 *
 * @param sku the seller SKU, or null for a problem of the whole feed
 * @param code Amazon's error code (e.g. {@code 90220}), or {@code OMNIPIM_INVALID} for a check made before sending
 * @param severity ERROR (the SKU was not accepted), WARNING or INFO
 * @param message the explanation, in the connector's language when Amazon has it
 * @param attributeNames attributes concerned, possibly empty
 */
public record ListingIssue(String sku, String code, Severity severity, String message, List<String> attributeNames) {

    /** Code of the problems found by OmniPIM before sending. */
    public static final String INVALID_BEFORE_SENDING = "OMNIPIM_INVALID";

    public ListingIssue {
        severity = severity == null ? Severity.ERROR : severity;
        attributeNames = attributeNames == null ? List.of() : List.copyOf(attributeNames);
    }

    static ListingIssue refused(String sku, String attribute, String message) {
        return new ListingIssue(sku, INVALID_BEFORE_SENDING, Severity.ERROR, message,
                attribute == null ? List.of() : List.of(attribute));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Severity levels of Amazon's processing report. */
    public enum Severity {

        ERROR, WARNING, INFO;

        static Severity of(String value) {
            if (value == null) {
                return ERROR;
            }
            try {
                return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ERROR;
            }
        }
    }
}
