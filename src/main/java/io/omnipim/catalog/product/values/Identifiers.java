package io.omnipim.catalog.product.values;

/** Akeneo's rules for product identifiers. */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * The form identifiers are compared in: Akeneo matches them case-insensitively ({@code SKU-ABC} and
     * {@code sku-abc} are one product), while the stored identifier keeps the case it was created with. In SQL the
     * database lowers both sides ({@code lower(identifier) = lower(?)}), which a unique index covers; this key is
     * for maps in memory.
     */
    public static String key(String identifier) {
        return identifier == null ? null : identifier.toLowerCase(java.util.Locale.ROOT);
    }

    /** Why {@code identifier} is not acceptable, or null. */
    public static String problem(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            return "The identifier must not be empty.";
        }
        if (identifier.length() > 255) {
            return "The identifier is too long: 255 characters at most.";
        }
        if (identifier.contains(",") || identifier.contains(";")) {
            return "The identifier must not contain a comma or a semicolon.";
        }
        if (identifier.contains("\n") || identifier.contains("\r")) {
            return "The identifier must not contain a line break.";
        }
        if (!identifier.equals(identifier.strip())) {
            return "The identifier must not start or end with a space.";
        }
        return null;
    }
}
