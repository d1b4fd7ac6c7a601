package io.omnipim.catalog.product.values;

/** GTIN-8, -12 (UPC), -13 (EAN) and -14 check digits (GS1 modulo 10). */
public final class Gtin {

    private Gtin() {
    }

    public static boolean valid(String code) {
        if (code == null || !hasGtinLength(code.length()) || !allDigits(code)) {
            return false; // checked by hand: String.matches compiled a pattern for every value imported
        }
        int sum = 0;
        int length = code.length();
        for (int i = 0; i < length - 1; i++) {
            int digit = code.charAt(i) - '0';
            // weights 3,1,3,1… counted from the digit left of the check digit
            sum += ((length - 1 - i) % 2 == 1) ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == code.charAt(length - 1) - '0';
    }

    private static boolean hasGtinLength(int length) {
        return length == 8 || length == 12 || length == 13 || length == 14;
    }

    private static boolean allDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}
