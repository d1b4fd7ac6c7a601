package io.omnipim.syndication.core.mapping;

/** GTIN-8, -12 (UPC), -13 (EAN) and -14: digits only, GS1 mod-10 check digit. */
final class Gtin {

    private Gtin() {
    }

    static boolean valid(String value) {
        int length = value.length();
        if (length != 8 && length != 12 && length != 13 && length != 14
                || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (value.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == value.charAt(length - 1) - '0';
    }
}
