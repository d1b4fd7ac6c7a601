package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedWriter;

/**
 * RSS 2.0 with Google's namespace: {@code <rss><channel>} then one {@code <item>} per product, repeated fields as
 * repeated elements, {@code shipping.*} fields as one {@code <g:shipping>} group. Written as text (see {@link XmlText}):
 * a StAX writer encoded the million items' text a character at a time, a good part of a full run. Items can be
 * encoded apart ({@link #render}), on the threads that map them.
 */
final class GoogleXmlWriter implements FeedWriter {

    static final String NS = "http://base.google.com/ns/1.0";
    private static final String SHIPPING = "shipping.";

    private final OutputStream out;
    /** One builder per thread: items are encoded on the run's mapping workers (see {@link #render}). */
    private final ThreadLocal<XmlText> texts = ThreadLocal.withInitial(XmlText::new);
    /** Field name → element name ({@code g:price}, {@code title}). */
    private final Map<String, String> tags = new ConcurrentHashMap<>();

    GoogleXmlWriter(ConnectorDefinition definition, OutputStream out) throws IOException {
        this.out = out;
        out.write(new XmlText().raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss xmlns:g=\"" + NS
                + "\" version=\"2.0\">\n  <channel>")
                .element("    ", "title", text(definition.label()))
                .element("    ", "link", text(shopUrl(definition)))
                .element("    ", "description", text(definition.deliverySetting("description", definition.label())))
                .take());
    }

    @Override
    public void write(MappedItem item) throws IOException {
        out.write(render(item));
    }

    @Override
    public byte[] render(MappedItem item) {
        XmlText xml = texts.get().raw("\n    <item>");
        boolean shipping = false;
        for (Map.Entry<String, Object> field : item.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(SHIPPING)) {
                shipping = true;
            } else if (field.getValue() instanceof List<?> values) {
                for (Object value : values) {
                    xml.element("      ", tag(name), String.valueOf(value));
                }
            } else {
                xml.element("      ", tag(name), field.getValue().toString());
            }
        }
        if (shipping) {
            xml.raw("\n      <g:shipping>");
            for (Map.Entry<String, Object> field : item.fields().entrySet()) {
                if (field.getKey().startsWith(SHIPPING)) {
                    xml.element("        ", tag(field.getKey()), item.text(field.getKey()));
                }
            }
            xml.raw("\n      </g:shipping>");
        }
        return xml.raw("\n    </item>").take();
    }

    @Override
    public void writeRendered(byte[] item) throws IOException {
        out.write(item);
    }

    @Override
    public void finish() throws IOException {
        out.write("\n  </channel>\n</rss>\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String tag(String field) {
        if (tags.size() > 1_000) {
            tags.clear(); // never grows with the feed, whatever the field names
        }
        return tags.computeIfAbsent(field, f -> f.startsWith(SHIPPING)
                ? "g:" + f.substring(SHIPPING.length())
                : GoogleFields.RSS_ELEMENTS.contains(f) ? f : "g:" + f);
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
