package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedWriter;

/**
 * RSS 2.0 with Google's namespace, streamed with StAX: {@code <rss><channel>} then one {@code <item>} per product,
 * repeated fields as repeated elements, {@code shipping.*} fields as one {@code <g:shipping>} group.
 */
final class GoogleXmlWriter implements FeedWriter {

    static final String NS = "http://base.google.com/ns/1.0";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final OutputStream out;
    private final XMLStreamWriter xml;

    GoogleXmlWriter(ConnectorDefinition definition, OutputStream out) throws IOException {
        this.out = out;
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeNamespace("g", NS);
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("channel");
            text("    ", "title", definition.label());
            text("    ", "link", shopUrl(definition));
            text("    ", "description", definition.deliverySetting("description", definition.label()));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void write(MappedItem item) throws IOException {
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("item");
            Map<String, String> shipping = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : item.fields().entrySet()) {
                String name = field.getKey();
                if (name.startsWith("shipping.")) {
                    shipping.put(name.substring("shipping.".length()), item.text(name));
                    continue;
                }
                for (String value : item.values(name)) {
                    element(name, value);
                }
            }
            if (!shipping.isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("g", "shipping", NS);
                for (Map.Entry<String, String> sub : shipping.entrySet()) {
                    xml.writeCharacters("\n        ");
                    xml.writeStartElement("g", sub.getKey(), NS);
                    xml.writeCharacters(XmlChars.clean(sub.getValue()));
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n      ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        if (GoogleFields.RSS_ELEMENTS.contains(name)) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement("g", name, NS);
        }
        xml.writeCharacters(XmlChars.clean(value));
        xml.writeEndElement();
    }

    private void text(String indent, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement(name);
        xml.writeCharacters(XmlChars.clean(value == null ? "" : value));
        xml.writeEndElement();
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
