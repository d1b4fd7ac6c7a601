package io.omnipim.syndication.google;

import java.nio.charset.StandardCharsets;

/**
 * Builds a piece of the Google XML feed as text, then hands it over as UTF-8 in one go: elements with their text
 * escaped as StAX escapes it ({@code & < >}), without the characters XML 1.0 cannot carry. Not thread-safe: one per
 * thread, reused item after item.
 */
final class XmlText {

    private final StringBuilder xml = new StringBuilder(8192);

    XmlText raw(String text) {
        xml.append(text);
        return this;
    }

    /** A new line, the indent, then {@code <tag>text</tag>}. */
    XmlText element(String indent, String tag, String value) {
        xml.append('\n').append(indent).append('<').append(tag).append('>');
        escaped(value);
        xml.append("</").append(tag).append('>');
        return this;
    }

    /** The text so far as UTF-8, and the builder emptied for the next piece. */
    byte[] take() {
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        xml.setLength(0);
        return bytes;
    }

    private void escaped(String text) {
        int first = 0;
        while (first < text.length() && plain(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            xml.append(text); // copied as a block, where a range is copied character by character
            return;
        }
        int from = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> XmlChars.allowed(c) ? null : "";
            };
            if (escape != null) {
                xml.append(text, from, i).append(escape);
                from = i + 1;
            }
        }
        xml.append(text, from, text.length());
    }

    private static boolean plain(char c) {
        return c != '&' && c != '<' && c != '>' && XmlChars.allowed(c);
    }
}
