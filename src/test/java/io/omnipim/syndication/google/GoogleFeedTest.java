package io.omnipim.syndication.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.omnipim.syndication.FeedRun;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.definition.ConnectorDefinition;

/** The shipped Google Shopping connector on the sample products: golden XML and TSV, read back as Google would. */
class GoogleFeedTest {

    private static final ConnectorDefinition XML = ShippedConnectors.file("google-shopping.yaml");

    @Test
    void theXmlFeedMatchesItsGoldenFileAndParsesBackWithTheGoogleNamespace() throws Exception {
        FeedRun run = FeedRun.of(XML);
        run.matchesGolden("google/google-shopping.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.text().getBytes(StandardCharsets.UTF_8)));
        Element rss = xml.getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        NodeList ids = xml.getElementsByTagNameNS(GoogleXmlWriter.NS, "id");
        assertThat(ids.getLength()).isEqualTo(4);
        assertThat(ids.item(1).getTextContent()).isEqualTo("MLR-TSE-WHT-M");
        Element tshirt = (Element) ids.item(1).getParentNode();
        assertThat(tshirt.getElementsByTagNameNS(GoogleXmlWriter.NS, "item_group_id").item(0).getTextContent())
                .isEqualTo("tshirt_essential");
        assertThat(tshirt.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Maison Lérac T-shirt Essentiel en coton bio");
        Element shipping = (Element) tshirt.getElementsByTagNameNS(GoogleXmlWriter.NS, "shipping").item(0);
        assertThat(shipping.getElementsByTagNameNS(GoogleXmlWriter.NS, "price").item(0).getTextContent())
                .isEqualTo("4.90 EUR");
    }

    @Test
    void anInvalidProductIsLeftOutReportedAndHoldsTheFeedBackPastTheGate() {
        FeedRun run = FeedRun.of(XML);
        assertThat(run.outcome().selected()).isEqualTo(5);
        assertThat(run.outcome().written()).isEqualTo(4);
        assertThat(run.outcome().invalid()).isEqualTo(1);
        assertThat(run.outcome().firstIssues()).extracting(ItemIssue::id).containsOnly("PXL-FIT-LITE");
        assertThat(run.text()).doesNotContain("PXL-FIT-LITE");
        // one invalid product in five is above the 10 % the connector allows
        assertThat(run.outcome().publishable()).isFalse();
    }

    @Test
    void theTsvFeedKeepsOneItemPerLineAndOneValuePerTab() {
        ConnectorDefinition tsv = ShippedConnectors.read(
                readShipped().replace("format: xml", "format: tsv"), "connectors/google-shopping.yaml");
        FeedRun run = FeedRun.of(tsv);
        run.matchesGolden("google/google-shopping.tsv");
        List<String> lines = run.text().lines().toList();
        assertThat(lines).hasSize(5);
        int columns = lines.get(0).split("\t", -1).length;
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(columns));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertThat(header).contains("shipping(country:price:max_transit_time)", "sale_price_effective_date");
        String[] earbuds = lines.get(3).split("\t", -1);
        assertThat(earbuds[header.indexOf("title")]).isEqualTo("Écouteurs sport Klangwerk Sprint");
        assertThat(earbuds[header.indexOf("shipping(country:price:max_transit_time)")]).isEqualTo("FR:4.90 EUR:1");
    }

    private static String readShipped() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("connectors/google-shopping.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
