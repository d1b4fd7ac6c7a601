package io.omnipim.syndication.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.StoredDocument;
import io.omnipim.catalog.read.ValueSubset;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.mapping.MappedValues;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A run reads only the values its connector maps (one channel, one locale, a dozen attributes) and the selection
 * with the products' models in one query: every connector must map those documents exactly as it maps the
 * products read whole, for simple products and for variants two levels of models down.
 */
@QuarkusTest
class SubsetReadTest {

    private static final String YAML = """
            code: subset-read
            label: Lecture partielle
            type: google-merchant
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            link_template: "https://boutique.example/p/{identifier}?c={color}"
            selection:
              enabled: [{operator: "=", value: true}]
            fields:
              - {target: id, property: identifier}
              - {target: title, template: "{brand} {name}", transforms: [{truncate: 150}]}
              - {target: description, source: description, transforms: [strip_html, {truncate: 5000}]}
              - {target: link, property: url}
              - {target: image_link, property: image}
              # the declared availability is read from an attribute no field maps (the boots have no stock)
              - target: availability
                source: stock_quantity
                transforms: [{stock_to_availability: {threshold: 2, availability_attribute: waterproof}}]
              - {target: price, source: price, transforms: [price_format]}
              - {target: brand, source: brand, transforms: [option_label]}
              - {target: gtin, source: ean}
              - {target: condition, constant: new}
              - {target: item_group_id, property: item_group}
              - {target: color, source: color, transforms: [option_label]}
              - {target: size, source: size, transforms: [option_label]}
              - {target: material, source: material, transforms: [option_label]}
              - {target: product_type, property: categories, transforms: [category_path]}
              - {target: custom_label_0, property: label}
              - {target: custom_label_1, template: "{weight}"}
            delivery:
              format: xml
            """;

    @Inject
    CatalogSelection selection;

    @Inject
    CatalogReader reader;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void everyConnectorMapsTheDocumentsReadInPartAsTheDocumentsReadWhole() {
        List<String> skus = products();
        String search = "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + String.join("\",\"", skus)
                + "\"]}]}";
        List<ConnectorDefinition> definitions = List.of(ShippedConnectors.read(YAML, "subset-read.yaml"),
                ShippedConnectors.file("google-shopping.yaml"), ShippedConnectors.file("meta-catalog.yaml"));
        for (ConnectorDefinition definition : definitions) {
            ValueSubset subset = MappedValues.of(definition);
            List<IndexDocument> parts = new ArrayList<>();
            UUID after = null;
            List<IndexDocument> page;
            // pages of two: keyset paging over the one query
            while (!(page = documents(search, subset, after, 2)).isEmpty()) {
                parts.addAll(page);
                after = UUID.fromString(page.get(page.size() - 1).id());
            }
            List<IndexDocument> wholes = reader
                    .documentsWithoutCompleteness(parts.stream().map(d -> UUID.fromString(d.id())).toList());
            assertThat(parts).extracting(IndexDocument::identifier).containsExactlyInAnyOrderElementsOf(skus);
            ItemMapper mapper = new ItemMapper(reader.structure(), definition,
                    ShippedConnectors.TYPES.find(definition.type()).orElseThrow());
            for (int i = 0; i < parts.size(); i++) {
                IndexDocument part = parts.get(i);
                IndexDocument whole = wholes.get(i);
                assertThat(part).usingRecursiveComparison().ignoringFields("values").isEqualTo(whole);
                assertThat(mapper.map(part)).as(definition.code() + " " + part.identifier())
                        .isEqualTo(mapper.map(whole));
            }
        }
    }

    @Test
    void aPartialReadLeavesOutTheOtherLocalesChannelsAndAttributes() {
        String sku = simple();
        // without the declared availability, nothing reads the waterproof flag
        ValueSubset subset = MappedValues.of(ShippedConnectors.read(
                YAML.replace(", availability_attribute: waterproof", ""), "subset-read.yaml"));
        IndexDocument part = documents(
                "{\"identifier\":[{\"operator\":\"=\",\"value\":\"" + sku + "\"}]}", subset, null, 10).get(0);
        assertThat(part.values().path("description").toString()).contains("Bottines").doesNotContain("Ankle")
                .doesNotContain("Stiefeletten").doesNotContain("appli");
        assertThat(part.values().has("waterproof")).isFalse();
        // the label attribute stays whole: labels are those of a full read
        assertThat(part.labels()).containsEntry("de_DE", "Stiefeletten aus Leder").containsEntry("fr_FR",
                "Bottines en cuir");
    }

    /** A page read in part, its documents made at once. */
    private List<IndexDocument> documents(String search, ValueSubset subset, UUID after, int size) {
        return selection.storedAfter(search, subset, after, size).stream().map(StoredDocument::document).toList();
    }

    private static List<String> products() {
        List<String> skus = new ArrayList<>(List.of(simple()));
        String root = Products.sku("subset_tee").replace('-', '_');
        Api.as("editor").body(Map.of("code", root, "family_variant", "clothing_color_size",
                "categories", List.of("clothing_women"), "values", Map.of(
                        "name", List.of(Products.value("fr_FR", null, "T-shirt « Été » en coton bio"),
                                Products.value("de_DE", null, "Bio-Baumwoll-T-Shirt"),
                                Products.value("en_US", null, "Organic cotton tee")),
                        "description", List.of(
                                Products.value("fr_FR", "ecommerce", "<p>Coton <b>bio</b> &amp; doux</p>"),
                                Products.value("en_US", "ecommerce", "<p>Soft organic cotton</p>"),
                                Products.value("fr_FR", "mobile", "Pour l'appli")),
                        "material", List.of(Products.value(null, null, List.of("cotton", "wool"))),
                        "brand", List.of(Products.value(null, null, "elan_vital")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        String red = root + "_red";
        Api.as("editor").body(Map.of("code", red, "parent", root, "values", Map.of(
                "color", List.of(Products.value(null, null, "red")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        for (String size : List.of("s", "m")) {
            String sku = Products.sku("subset-tee-" + size);
            Api.as("editor").body(Map.of("identifier", sku, "parent", red, "categories", List.of("clothing_men"),
                    "values", Map.of("size", List.of(Products.value(null, null, size)),
                            "stock_quantity", List.of(Products.value(null, null, size.equals("s") ? 1 : 40)),
                            "weight", List.of(Products.value(null, null, Map.of("amount", "0.2",
                                    "unit", "KILOGRAM"))),
                            "price", List.of(Products.value(null, null, List.of(
                                    Map.of("amount", "19.90", "currency", "EUR"),
                                    Map.of("amount", "21.50", "currency", "USD")))))))
                    .post("/api/rest/v1/products").then().statusCode(201);
            skus.add(sku);
        }
        return skus;
    }

    private static String simple() {
        String sku = Products.sku("subset-boots");
        Api.as("editor").body(Map.of("identifier", sku, "family", "shoes", "categories", List.of("shoes"),
                "values", Map.of(
                        "name", List.of(Products.value("fr_FR", null, "Bottines en cuir"),
                                Products.value("de_DE", null, "Stiefeletten aus Leder"),
                                Products.value("en_US", null, "Leather ankle boots")),
                        "description", List.of(
                                Products.value("fr_FR", "ecommerce", "<p>Bottines <i>cousues</i> main, 129 €</p>"),
                                Products.value("en_US", "ecommerce", "<p>Ankle boots</p>"),
                                Products.value("de_DE", "ecommerce", "<p>Stiefeletten</p>"),
                                Products.value("fr_FR", "mobile", "Pour l'appli")),
                        "brand", List.of(Products.value(null, null, "alpenglueck")),
                        "color", List.of(Products.value(null, null, "blue")),
                        "size", List.of(Products.value(null, null, "42")),
                        "waterproof", List.of(Products.value(null, null, true)),
                        "price", List.of(Products.value(null, null, List.of(
                                Map.of("amount", "129.00", "currency", "EUR")))))))
                .post("/api/rest/v1/products").then().statusCode(201);
        return sku;
    }
}
