package io.omnipim.bulk.flat;

import static io.omnipim.bulk.flat.FlatCatalog.CATALOG;
import static io.omnipim.bulk.flat.ProductRowConverterTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.ProductNormalizer;
import io.omnipim.catalog.product.ProductRow;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.product.write.Lookups;
import io.omnipim.catalog.product.write.ProductUpdater;

/** The key property: an exported row, written to CSV and read back, imports to the product it came from. */
class FlatRoundTripTest {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SEMICOLON = CsvSchema.emptySchema().withColumnSeparator(';');

    /** A product as GET /products returns it. */
    private static final JsonNode PRODUCT = parse("""
            {"uuid": "0b9d3f3e-4a3c-4f7e-9a51-2f8f3d1c9e10", "identifier": "TS-001", "enabled": true,
             "family": "tshirts", "categories": ["clothing", "tshirts"], "groups": [], "parent": null,
             "values": {
               "care_fr": [{"locale": "fr_FR", "scope": null, "data": "Laver à 30 °C ; ne pas sécher en machine"}],
               "color": [{"locale": null, "scope": null, "data": "navy"}],
               "description": [
                 {"locale": "de_DE", "scope": "ecommerce", "data": "Weiches T-Shirt,\\n\\\"Größe\\\" fällt normal aus"},
                 {"locale": "en_US", "scope": "ecommerce", "data": "=HYPERLINK(\\\"http://evil.example\\\")"},
                 {"locale": "fr_FR", "scope": "ecommerce", "data": "Tee-shirt doux ; coupe « droite »\\r\\nLavable"},
                 {"locale": "fr_FR", "scope": "mobile", "data": "'=déjà cité"}],
               "gtin": [{"locale": null, "scope": null, "data": "4006381333931"}],
               "materials": [{"locale": null, "scope": null, "data": ["wool", "cotton"]}],
               "name": [{"locale": "de_DE", "scope": null, "data": "T-Shirt Größe M"},
                        {"locale": "en_US", "scope": null, "data": "+1 tee for summer"},
                        {"locale": "fr_FR", "scope": null, "data": "Tee-shirt l'été"}],
               "picture": [{"locale": null, "scope": null, "data": "a/b/c/d/abcdef_tee-navy.png"}],
               "price": [{"locale": null, "scope": null,
                          "data": [{"amount": "49.90", "currency": "EUR"}, {"amount": "54.00", "currency": "USD"}]}],
               "release_date": [{"locale": null, "scope": null, "data": "2025-03-01T00:00:00+00:00"}],
               "sku": [{"locale": null, "scope": null, "data": "TS-001"}],
               "stock_quantity": [{"locale": null, "scope": null, "data": "1250"}],
               "waterproof": [{"locale": null, "scope": null, "data": false}],
               "weight": [{"locale": null, "scope": null, "data": {"amount": "0.125", "unit": "KILOGRAM"}}]},
             "created": "2025-01-10T09:00:00+00:00", "updated": "2025-02-01T10:30:00+00:00",
             "associations": {"X_SELL": {"groups": [], "products": ["TS-002", "TS-003"],
                                         "product_models": ["tee_basic"]}},
             "quantified_associations": {"PACK": {
               "products": [{"identifier": "SOCKS-1", "quantity": 2}, {"identifier": "CAP-9", "quantity": 1}],
               "product_models": [{"identifier": "tee_basic", "quantity": 3}]}}}
            """);

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anExportedProductImportsBackToTheSameValues() throws IOException {
        assertRoundTrip(FlatType.PRODUCT, PRODUCT, FlatOptions.defaults());
    }

    @Test
    void theRoundTripHoldsWithCommaDecimalsAndFrenchDates() throws IOException {
        assertRoundTrip(FlatType.PRODUCT, PRODUCT, new FlatOptions(',', "dd/MM/yyyy", ','));
    }

    @Test
    void anExportedProductModelImportsBack() throws IOException {
        JsonNode model = json("{'code':'tee_basic','family':'tshirts','family_variant':'tshirts_by_size',"
                + "'parent':null,'categories':['tshirts'],'values':{"
                + "'color':[{'locale':null,'scope':null,'data':'red'}],"
                + "'name':[{'locale':'fr_FR','scope':null,'data':'@tee « basique »'}]},"
                + "'associations':{'X_SELL':{'groups':[],'products':[],'product_models':[]}},"
                + "'quantified_associations':{'PACK':{'products':[],'product_models':[]}}}");
        assertRoundTrip(FlatType.PRODUCT_MODEL, model, FlatOptions.defaults());
    }

    /** Through the real write and read path: the body is a valid PATCH, and GET then shows the same product. */
    @Test
    void theProductWriterAcceptsTheImportAndReadsBackTheSameProduct() throws IOException {
        Converted imported = exportAndImport(FlatType.PRODUCT, PRODUCT, FlatOptions.defaults());
        ProductRow blank = new ProductRow(UUID.fromString(PRODUCT.get("uuid").asText()), null, true, null, null,
                List.of(), List.of(), JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), CREATED, CREATED, 0);

        ProductUpdater.Result written = ProductUpdater.apply(blank, imported.body(),
                new ValueContext(CATALOG, media -> true), EVERYTHING_EXISTS);

        assertEquals(List.of(), written.errors());
        ObjectNode read = ProductNormalizer.product(written.row(), List.of(), CATALOG, OutputOptions.ALL, List.of());
        ObjectNode expected = PRODUCT.deepCopy();
        for (String property : List.of("created", "updated")) {
            read.remove(property);
            expected.remove(property);
        }
        assertEquals(expected, read);
    }

    @Test
    void theCsvCellsKeepFormulasHarmless() throws IOException {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, FlatType.PRODUCT, ExportSelection.everything());
        List<String> row = layout.row(PRODUCT);
        List<String> header = layout.header();

        assertEquals("'=HYPERLINK(\"http://evil.example\")", row.get(header.indexOf("description-en_US-ecommerce")));
        assertEquals("''=déjà cité", row.get(header.indexOf("description-fr_FR-mobile")));
        assertEquals("'+1 tee for summer", row.get(header.indexOf("name-en_US")));
    }

    /** Exports {@code standard} to a CSV text, reads it back and imports its row. */
    private static Converted exportAndImport(FlatType type, JsonNode standard, FlatOptions options)
            throws IOException {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, type, ExportSelection.everything(), options);
        String csv = CSV.writer(SEMICOLON).writeValueAsString(new String[][]{
                layout.header().toArray(String[]::new), layout.row(standard).toArray(String[]::new)});
        List<List<String>> lines = read(csv);
        FlatHeader header = FlatHeader.parse(type, lines.get(0), CATALOG);
        Converted imported = FlatRowConverter.of(header, CATALOG, options).convert(lines.get(1));
        assertTrue(imported.ok(), imported.errors()::toString);
        return imported;
    }

    private static void assertRoundTrip(FlatType type, JsonNode standard, FlatOptions options) throws IOException {
        ObjectNode body = exportAndImport(type, standard, options).body();

        assertEquals(standard.get("values"), withoutErasures(body.get("values")));
        for (String property : List.of("identifier", "code", "enabled", "family_variant", "categories", "groups",
                "associations", "quantified_associations")) {
            if (body.has(property)) {
                assertEquals(standard.get(property), body.get(property), property);
            }
        }
        if (type == FlatType.PRODUCT) {
            assertEquals(standard.get("family"), body.get("family"));
        }
    }

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2025-01-10T09:00:00Z");

    private static final Lookups EVERYTHING_EXISTS = new Lookups() {

        @Override
        public Optional<ProductModelRow> model(String code) {
            return Optional.empty();
        }

        @Override
        public List<ProductModelRow> lineage(String code) {
            return List.of();
        }

        @Override
        public Set<String> missingProducts(Collection<String> identifiers) {
            return Set.of();
        }

        @Override
        public Set<String> missingModels(Collection<String> codes) {
            return Set.of();
        }
    };

    private static List<List<String>> read(String csv) throws IOException {
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(SEMICOLON).readValues(csv)) {
            return it.readAll();
        }
    }

    /** The import sends {@code data: null} for every empty column, erasing what the product did not have. */
    private static ObjectNode withoutErasures(JsonNode values) {
        ObjectNode out = values.deepCopy();
        Iterator<String> names = out.fieldNames();
        while (names.hasNext()) {
            ArrayNode list = (ArrayNode) out.get(names.next());
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).get("data").isNull()) {
                    list.remove(i);
                }
            }
            if (list.isEmpty()) {
                names.remove();
            }
        }
        return out;
    }
}
