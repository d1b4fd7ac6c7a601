package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedWriter;

/**
 * RSS 2.0 with Google's namespace: {@code <rss><channel>} then one {@code <item>} per product, repeated fields as
 * repeated elements, {@code shipping.*} fields as one {@code <g:shipping>} group. Written as text, element names
 * being the connector's own field names: a StAX writer encoded the million items' text a character at a time, a
 * good part of a full run. Text is escaped as StAX escapes it ({@code & < >}), without the characters XML 1.0
 * cannot carry.
 */
final class GoogleXmlWriter implements FeedWriter {

    static final String NS = "http://base.google.com/ns/1.0";
    private static final String SHIPPING = "shipping.";

    private final OutputStream out;
    /** One item at a time, encoded to UTF-8 in one go: a writer's per-call locking and encoding cost more. */
    private final StringBuilder xml = new StringBuilder(8192);
    /** Field name → element name ({@code g:price}, {@code title}), by identity: the definition's own strings. */
    private final Map<String, String> tags = new IdentityHashMap<>();

    GoogleXmlWriter(ConnectorDefinition definition, OutputStream out) throws IOException {
        this.out = out;
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss xmlns:g=\"" + NS + "\" version=\"2.0\">\n"
                + "  <channel>");
        text("    ", "title", definition.label());
        text("    ", "link", shopUrl(definition));
        text("    ", "description", definition.deliverySetting("description", definition.label()));
        flushItem();
    }

    @Override
    public void write(MappedItem item) throws IOException {
        xml.append("\n    <item>");
        boolean shipping = false;
        for (Map.Entry<String, Object> field : item.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(SHIPPING)) {
                shipping = true;
            } else if (field.getValue() instanceof List<?> values) {
                for (Object value : values) {
                    element("      ", tag(name), String.valueOf(value));
                }
            } else {
                element("      ", tag(name), field.getValue().toString());
            }
        }
        if (shipping) {
            xml.append("\n      <g:shipping>");
            for (Map.Entry<String, Object> field : item.fields().entrySet()) {
                if (field.getKey().startsWith(SHIPPING)) {
                    element("        ", tag(field.getKey()), item.text(field.getKey()));
                }
            }
            xml.append("\n      </g:shipping>");
        }
        xml.append("\n    </item>");
        flushItem();
    }

    @Override
    public void finish() throws IOException {
        xml.append("\n  </channel>\n</rss>\n");
        flushItem();
        out.flush();
    }

    private void flushItem() throws IOException {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
    }

    private String tag(String field) {
        if (tags.size() > 1_000) {
            tags.clear(); // names that are not the same strings from item to item: never grow with the feed
        }
        return tags.computeIfAbsent(field, f -> f.startsWith(SHIPPING)
                ? "g:" + f.substring(SHIPPING.length())
                : GoogleFields.RSS_ELEMENTS.contains(f) ? f : "g:" + f);
    }

    private void element(String indent, String tag, String value) {
        xml.append('\n').append(indent).append('<').append(tag).append('>');
        escaped(value);
        xml.append("</").append(tag).append('>');
    }

    private void text(String indent, String name, String value) {
        xml.append('\n').append(indent).append('<').append(name).append('>');
        escaped(value == null ? "" : value);
        xml.append("</").append(name).append('>');
    }

    /** The text with {@code & < >} escaped and what XML 1.0 cannot carry dropped. */
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

    /** The shop's home page: {@code delivery.shop_url}, else the origin of the product links. */
    private static String shopUrl(ConnectorDefinition definition) {
        String own = definition.deliverySetting("shop_url", null);
        if (own != null || definition.linkTemplate() == null) {
            return own == null ? "" : own;
        }
        URI uri = URI.create(definition.linkTemplate().replaceAll("\\{[^}]*}", "x"));
        return uri.getScheme() + "://" + uri.getAuthority() + "/";
    }
}
