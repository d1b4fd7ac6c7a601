package io.omnipim.syndication.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.omnipim.syndication.SampleProducts;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.testsupport.ProductDocuments;
import io.omnipim.testsupport.SampleStructure;

/** What a channel receives for one product: the shipped connectors mapped onto sample products. */
class ItemMapperTest {

    private static final ConnectorDefinition GOOGLE = ShippedConnectors.file("google-shopping.yaml");
    private static final ConnectorDefinition META = ShippedConnectors.file("meta-catalog.yaml");
    private static final ConnectorDefinition IDEALO = ShippedConnectors.file("idealo.yaml");

    private static ItemMapper.Mapping map(ConnectorDefinition definition, io.omnipim.catalog.read.IndexDocument doc) {
        return new ItemMapper(SampleStructure.get(), definition,
                ShippedConnectors.TYPES.find(definition.type()).orElseThrow()).map(doc);
    }

    @Test
    void aFrenchProductGetsItsBrandLabelPlainTextDescriptionAndEuroPrice() {
        ItemMapper.Mapping mapping = map(GOOGLE, SampleProducts.socks());
        assertThat(mapping.issues()).isEmpty();
        MappedItem item = mapping.item();
        assertThat(item.text("id")).isEqualTo("FLE-SOCK-RUN");
        assertThat(item.text("title")).isEqualTo("Foulée Chaussettes de running en mérinos");
        assertThat(item.text("description")).isEqualTo("Pieds au sec, zéro ampoule. Une paire de chaussettes"
                + " techniques en mérinos : maintien de la voûte plantaire, talon et pointe renforcés, naturellement"
                + " anti-odeurs.\n- 56 % laine mérinos\n- Coutures plates à la pointe\n- Taille 39–42");
        assertThat(item.text("price")).isEqualTo("14.90 EUR");
        assertThat(item.text("link")).isEqualTo("https://boutique.omnipim.example/p/FLE-SOCK-RUN");
        assertThat(item.text("image_link"))
                .isEqualTo("https://boutique.omnipim.example/media/3/1/f/a/31fa5c_foulee-running-socks-black.png");
        assertThat(item.text("availability")).isEqualTo("in_stock");
        assertThat(item.text("color")).isEqualTo("Noir");
        assertThat(item.text("product_type")).isEqualTo("Vêtements > Femme");
        assertThat(item.fields()).doesNotContainKeys("sale_price", "sale_price_effective_date", "item_group_id");
    }

    @Test
    void aVariantCarriesItsItemGroupAndItsPromotionWithParisOffsets() {
        MappedItem item = map(GOOGLE, SampleProducts.tshirt()).item();
        assertThat(item.parentId()).isEqualTo("tshirt_essential");
        assertThat(item.text("item_group_id")).isEqualTo("tshirt_essential");
        assertThat(item.text("size")).isEqualTo("M");
        assertThat(item.text("sale_price")).isEqualTo("22.90 EUR");
        assertThat(item.text("sale_price_effective_date")).isEqualTo("2025-06-25T00:00+0200/2025-07-22T23:59+0200");
        assertThat(item.text("description")).contains("Coupe « regular » ; col rond")
                .contains("\n- Coutures d'épaules renforcées");
    }

    @Test
    void stockAtOrBelowTheSafetyStockIsOutOfStockUnlessPreOrdered() {
        assertThat(map(GOOGLE, SampleProducts.usedLaptop()).item().text("availability")).isEqualTo("out_of_stock");
        assertThat(map(GOOGLE, SampleProducts.usedLaptop()).item().text("condition")).isEqualTo("used");
        var preorder = ProductDocuments.product("PXL-WATCH3").family("electronics_wearable").text("stock_quantity", "0")
                .text("availability", "preorder").build();
        assertThat(map(GOOGLE, preorder).item().text("availability")).isEqualTo("preorder");
        assertThat(map(META, preorder).item().text("availability")).isEqualTo("preorder");
        assertThat(map(META, SampleProducts.socks()).item().text("availability")).isEqualTo("in stock");
    }

    @Test
    void anInvalidProductIsReportedFieldByField() {
        ItemMapper.Mapping mapping = map(GOOGLE, SampleProducts.trackerWithMistakes());
        assertThat(mapping.valid()).isFalse();
        assertThat(mapping.issues()).extracting(ItemIssue::id).containsOnly("PXL-FIT-LITE");
        assertThat(mapping.issues()).extracting(ItemIssue::field, ItemIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("image_link",
                        "image_link is required but empty (from property \"image\")"),
                org.assertj.core.groups.Tuple.tuple("gtin", "\"3664118000314\" is not a valid GTIN (8, 12, 13 or 14"
                        + " digits with a correct check digit) (from attribute \"gtin\")"));
    }

    @Test
    void idealoGetsGermanTextsAmountsWithoutCurrencyAndADeliveryTime() {
        MappedItem item = map(IDEALO, SampleProducts.socks()).item();
        assertThat(item.text("title")).isEqualTo("Foulée Merino-Laufsocken Schwarz");
        assertThat(item.text("price")).isEqualTo("14.90");
        assertThat(item.text("deliveryTime")).isEqualTo("2 Werktage");
        assertThat(item.text("categoryPath")).isEqualTo("Bekleidung > Damen");
        assertThat(item.text("description")).startsWith("Ein Paar technische Merinosocken")
                .endsWith("- Größe 39–42");
        assertThat(item.text("url")).isEqualTo("https://shop.omnipim.example/de/p/FLE-SOCK-RUN");
        var withoutDelay = ProductDocuments.product("FLE-CAP-RUN").family("clothing").build();
        assertThat(map(IDEALO, withoutDelay).item().text("deliveryTime")).isEqualTo("1-3 Werktage");
    }

    @Test
    void aBrandAlreadyInTheNameIsNotRepeatedInTheTitle() {
        assertThat(map(GOOGLE, SampleProducts.usedLaptop()).item().text("title"))
                .isEqualTo("Orbiton Air 13\" – 256 Go, occasion très bon état");
        assertThat(map(IDEALO, SampleProducts.earbuds()).item().text("title"))
                .isEqualTo("Klangwerk Sprint Sport-Ohrhörer Rot");
    }

    @Test
    void aLongTitleIsCutAtAWordBoundaryWithinTheLimit() {
        var longName = ProductDocuments.product("LONG-1").family("clothing")
                .name("fr_FR", "Veste imperméable respirante ".repeat(8).strip()).text("brand", "nordhavn").build();
        String title = map(GOOGLE, longName).item().text("title");
        assertThat(title).hasSizeLessThanOrEqualTo(150).startsWith("Nordhavn Veste imperméable")
                .endsWith("respirante Veste imperméable");
    }

    @Test
    void anEditTheConnectorDoesNotMapLeavesThePayloadHashUnchanged() {
        var before = ProductDocuments.product("FLE-SOCK-RUN").family("clothing").name("fr_FR", "Chaussettes")
                .price("price", "EUR", "14.90").text("care_instructions", null, "fr_FR", "Lavage à 30 °C").build();
        var careEdited = ProductDocuments.product("FLE-SOCK-RUN").family("clothing").name("fr_FR", "Chaussettes")
                .price("price", "EUR", "14.90").text("care_instructions", null, "fr_FR", "Lavage à 40 °C").build();
        var priceEdited = ProductDocuments.product("FLE-SOCK-RUN").family("clothing").name("fr_FR", "Chaussettes")
                .price("price", "EUR", "12.90").text("care_instructions", null, "fr_FR", "Lavage à 30 °C").build();
        String hash = PayloadHash.of(map(GOOGLE, before).item());
        assertThat(PayloadHash.of(map(GOOGLE, careEdited).item())).isEqualTo(hash);
        assertThat(PayloadHash.of(map(GOOGLE, priceEdited).item())).isNotEqualTo(hash);
    }
}
