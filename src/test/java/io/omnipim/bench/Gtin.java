package io.omnipim.bench;

/** EAN-13 (GTIN-13) numbers: unique per product index and with a valid check digit. */
final class Gtin {

    private static final long BODY_RANGE = 100_000_000_000L;
    /** Coprime with 10, so multiplying by it permutes the range: unique EANs that do not look sequential. */
    private static final long SPREAD = 48_271_391L;
    /** Bodies start with 4, the GS1 prefixes of Germany (400-440) and beyond. */
    private static final long PREFIX = 400_000_000_000L;

    private Gtin() {
    }

    /** The index-th EAN of a catalog; different seeds give different, still unique, sequences. */
    static String ean13(long index, long seed) {
        long offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, BODY_RANGE);
        long body = PREFIX + (Math.floorMod(index, BODY_RANGE) * SPREAD + offset) % BODY_RANGE;
        String digits = Long.toString(body);
        return digits + checkDigit(digits);
    }

    static boolean isValid(String ean) {
        if (ean == null || ean.length() != 13 || !ean.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(ean.substring(0, 12)) == ean.charAt(12) - '0';
    }

    /** GS1 mod-10: from the left, weights 1 and 3 alternate over the 12 body digits. */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }
}
