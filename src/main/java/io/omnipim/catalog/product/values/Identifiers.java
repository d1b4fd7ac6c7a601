package io.omnipim.catalog.product.values;

/** Akeneo's rules for product identifiers. */
public final class Identifiers {

    private Identifiers() {
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
