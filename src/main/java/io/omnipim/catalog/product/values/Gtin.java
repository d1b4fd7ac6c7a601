package io.omnipim.catalog.product.values;

/** GTIN-8, -12 (UPC), -13 (EAN) and -14 check digits (GS1 modulo 10). */
public final class Gtin {

    private Gtin() {
    }

    public static boolean valid(String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
            return false;
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
}
