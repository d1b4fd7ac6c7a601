package io.omnipim.bulk.format;

/**
 * Strict UTF-8 validation (the same rules as the JDK decoder: no overlong forms, no surrogates, nothing past
 * U+10FFFF), used both to guess the encoding of a CSV and to show the bytes at fault in error messages.
 */
final class Utf8Sequences {

    /** The sequence at the position needs bytes past the end of what we have. */
    static final int INCOMPLETE = 0;

    private Utf8Sequences() {
    }

    /**
     * The length of the sequence starting at {@code pos}: positive when valid, {@link #INCOMPLETE} when it runs past
     * {@code end}, negative when invalid (minus the number of bytes to show: from the lead byte to the first byte
     * that breaks the sequence).
     */
    static int at(byte[] bytes, int pos, int end) {
        int lead = bytes[pos] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            max = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return -1;
        }
        for (int i = 1; i < length; i++) {
            if (pos + i >= end) {
                return INCOMPLETE;
            }
            int b = bytes[pos + i] & 0xFF;
            boolean ok = i == 1 ? b >= min && b <= max : b >= 0x80 && b <= 0xBF;
            if (!ok) {
                return -(i + 1);
            }
        }
        return length;
    }

    /** "0xE9 0x20": the bytes as a user can look them up in a hex editor. */
    static String hex(byte[] bytes, int pos, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = pos; i < pos + count; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return text.toString();
    }

    /** What the user should do about an undecodable byte sequence in that encoding. */
    static String problem(String charsetName, String hex) {
        String fix = "UTF-8".equals(charsetName)
                ? "save the file as UTF-8 or give encoding=windows-1252"
                : "save the file as UTF-8 or give the encoding it was saved in";
        return "invalid " + charsetName + " byte sequence (" + hex + "); " + fix;
    }
}
