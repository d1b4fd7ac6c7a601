package io.omnipim.syndication.google;

/** XML 1.0 cannot carry most control characters, even escaped: they are dropped from values. */
final class XmlChars {

    private XmlChars() {
    }

    static boolean allowed(char c) {
        return c >= 0x20 && c < 0xFFFE || c == '\t' || c == '\n' || c == '\r';
    }
}
