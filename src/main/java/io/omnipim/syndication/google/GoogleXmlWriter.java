package io.omnipim.syndication.google;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    private final Writer xml;

    GoogleXmlWriter(ConnectorDefinition definition, OutputStream out) throws IOException {
        this.xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss xmlns:g=\"" + NS + "\" version=\"2.0\">\n"
                + "  <channel>");
        text("    ", "title", definition.label());
        text("    ", "link", shopUrl(definition));
        text("    ", "description", definition.deliverySetting("description", definition.label()));
    }

    @Override
    public void write(MappedItem item) throws IOException {
        xml.write("\n    <item>");
        boolean shipping = false;
        for (Map.Entry<String, Object> field : item.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(SHIPPING)) {
                shipping = true;
            } else if (field.getValue() instanceof List<?> values) {
                for (Object value : values) {
                    element("      ", name, String.valueOf(value));
                }
            } else {
                element("      ", name, field.getValue().toString());
            }
        }
        if (shipping) {
            xml.write("\n      <g:shipping>");
            for (Map.Entry<String, Object> field : item.fields().entrySet()) {
                if (field.getKey().startsWith(SHIPPING)) {
                    element("        ", field.getKey().substring(SHIPPING.length()), item.text(field.getKey()));
                }
            }
            xml.write("\n      </g:shipping>");
        }
        xml.write("\n    </item>");
    }

    @Override
    public void finish() throws IOException {
        xml.write("\n  </channel>\n</rss>\n");
        xml.flush();
    }

    private void element(String indent, String name, String value) throws IOException {
        String tag = GoogleFields.RSS_ELEMENTS.contains(name) ? name : "g:" + name;
        xml.write('\n');
        xml.write(indent);
        xml.write('<');
        xml.write(tag);
        xml.write('>');
        escaped(value);
        xml.write("</");
        xml.write(tag);
        xml.write('>');
    }

    private void text(String indent, String name, String value) throws IOException {
        xml.write('\n');
        xml.write(indent);
        xml.write("<" + name + ">");
        escaped(value == null ? "" : value);
        xml.write("</" + name + ">");
    }

    /** The text with {@code & < >} escaped and what XML 1.0 cannot carry dropped. */
    private void escaped(String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> XmlChars.allowed(c) ? null : "";
            };
            if (escape != null) {
                xml.write(text, from, i - from);
                xml.write(escape);
                from = i + 1;
            }
        }
        xml.write(text, from, text.length() - from);
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
