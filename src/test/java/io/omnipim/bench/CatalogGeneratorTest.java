package io.omnipim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Plain JUnit, no Quarkus: a 2,000 product catalog is generated once and checked from every side. */
class CatalogGeneratorTest {

    private static final int PRODUCTS = 2_000;
    private static final long SEED = 7;

    @TempDir
    static Path tmp;
    private static Path catalog;
    private static CatalogGenerator.Summary summary;
    private static List<Map<String, String>> products;
    private static List<Map<String, String>> models;

    @BeforeAll
    static void generate() throws IOException {
        catalog = tmp.resolve("catalog");
        summary = new CatalogGenerator(SEED).write(catalog, PRODUCTS);
        products = read("products.csv");
        models = read("product_models.csv");
    }

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("again");
        new CatalogGenerator(SEED).write(again, PRODUCTS);
        for (String file : CatalogGenerator.FILES) {
            assertEquals(-1, Files.mismatch(catalog.resolve(file), again.resolve(file)), file);
        }
        Path other = tmp.resolve("other");
        new CatalogGenerator(SEED + 1).write(other, PRODUCTS);
        assertNotEquals(-1, Files.mismatch(catalog.resolve("products.csv"), other.resolve("products.csv")));
    }

    @Test
    void writesExactlyTheRequestedProductsWithUniqueSkus() {
        assertEquals(PRODUCTS, products.size());
        assertEquals(PRODUCTS, summary.products());
        assertEquals(PRODUCTS, distinct("sku").size());
        assertEquals("SKU-0000001", products.get(0).get("sku"));
        assertTrue(products.stream().allMatch(p -> p.get("sku").matches("SKU-\\d{7}")));
    }

    @Test
    void thirtyPercentAreVariantsOfExistingModelsWhichHoldTheMarketingCells() {
        Set<String> modelCodes = models.stream().map(m -> m.get("code")).collect(Collectors.toSet());
        List<Map<String, String>> variants = filter(p -> !p.get("parent").isEmpty());
        assertEquals(PRODUCTS * 3 / 10, variants.size());
        assertEquals(variants.size(), summary.variants());
        for (Map<String, String> variant : variants) {
            assertTrue(modelCodes.contains(variant.get("parent")), variant.get("parent"));
            for (String column : List.of("name-en_US", "name-fr_FR", "description-de_DE-ecommerce", "brand",
                    "material")) {
                assertEquals("", variant.get(column), variant.get("sku") + " " + column);
            }
            assertFalse(variant.get("color").isEmpty() || variant.get("size").isEmpty(), variant.get("sku"));
        }
        assertTrue(models.stream().allMatch(m -> m.get("code").matches("MODEL-\\d{6}")));
        assertEquals(modelCodes, variants.stream().map(v -> v.get("parent")).collect(Collectors.toSet()),
                "every model has variants");
        assertTrue(filter(p -> p.get("parent").isEmpty()).stream().noneMatch(p -> p.get("name-en_US").isEmpty()));
    }

    @Test
    void siblingAxisCombinationsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> variant : filter(p -> !p.get("parent").isEmpty())) {
            String key = variant.get("parent") + "/" + variant.get("color") + "/" + variant.get("size");
            assertTrue(seen.add(key), "duplicate sibling " + key);
        }
    }

    @Test
    void everyEanIsUniqueAndHasAValidCheckDigit() {
        for (Map<String, String> product : products) {
            assertTrue(Gtin.isValid(product.get("ean")), product.get("sku") + " " + product.get("ean"));
        }
        assertEquals(PRODUCTS, distinct("ean").size());
        assertTrue(Gtin.isValid("4006381333931"), "a real EAN-13");
        assertFalse(Gtin.isValid("4006381333932"));
        assertEquals(1, Gtin.checkDigit("400638133393"));
    }

    @Test
    void everyFileParsesBackWithTheHeaderColumnCountOnEveryRow() throws IOException {
        for (String file : CatalogGenerator.FILES) {
            List<String[]> rows = rows(catalog.resolve(file));
            assertTrue(rows.size() > 1, file + " has data rows");
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(0).length, rows.get(i).length, file + " row " + i);
            }
        }
        assertEquals(ProductStream.PRODUCT_HEADER, List.of(rows(catalog.resolve("products.csv")).get(0)));
    }

    @Test
    void frenchAndGermanTextsHaveTheirAccentsAndDiffer() {
        List<Map<String, String>> simple = filter(p -> p.get("parent").isEmpty());
        long accented = simple.stream().filter(p -> p.get("description-fr_FR-ecommerce").matches("(?s).*[éèêàçôû].*"))
                .count();
        assertTrue(accented > simple.size() * 0.9, accented + " of " + simple.size());
        assertTrue(simple.stream().anyMatch(p -> p.get("name-fr_FR").matches(".*[éèàç].*")));
        assertTrue(simple.stream().anyMatch(p -> p.get("description-de_DE-ecommerce").matches("(?s).*[äöüß].*")));
        assertTrue(simple.stream().noneMatch(p -> p.get("name-fr_FR").equals(p.get("name-de_DE"))));
        assertTrue(distinct("name-en_US").size() > simple.size() / 2, "names vary");
    }

    @Test
    void descriptionsHave200To600CharactersAndSomeUseHtml() {
        List<String> descriptions = new ArrayList<>();
        for (List<Map<String, String>> rows : List.of(filter(p -> p.get("parent").isEmpty()), models)) {
            for (Map<String, String> row : rows) {
                for (String language : List.of("en_US", "fr_FR", "de_DE")) {
                    descriptions.add(row.get("description-" + language + "-ecommerce"));
                }
            }
        }
        for (String description : descriptions) {
            int length = description.length();
            assertTrue(length >= 200 && length <= 600, length + ": " + description);
        }
        assertTrue(descriptions.stream().anyMatch(d -> d.contains("<ul><li>") && d.contains("<strong>")));
        assertTrue(descriptions.stream().anyMatch(d -> d.startsWith("<p>") && d.contains("</p><p>")));
        assertTrue(descriptions.stream().anyMatch(d -> !d.contains("<")));
    }

    @Test
    void valuesHaveTheAkeneoFormats() throws IOException {
        Set<String> leaves = new HashSet<>();
        for (Map<String, String> category : read("categories.csv")) {
            leaves.add(category.get("code"));
            leaves.remove(category.get("parent"));
        }
        for (Map<String, String> p : products) {
            String sku = p.get("sku");
            for (String currency : List.of("EUR", "USD", "GBP")) {
                assertTrue(p.get("price-" + currency).matches("\\d+\\.\\d{2}"), sku + " " + currency);
            }
            int stock = Integer.parseInt(p.get("stock_quantity"));
            assertTrue(stock >= 0 && stock <= 500, sku);
            assertTrue(p.get("weight").matches("\\d+\\.\\d{3}") && "KILOGRAM".equals(p.get("weight-unit")), sku);
            assertEquals(p.get("release_date"), LocalDate.parse(p.get("release_date")).toString());
            assertTrue(Set.of("0", "1").containsAll(List.of(p.get("enabled"), p.get("waterproof"))), sku);
            List<String> categories = List.of(p.get("categories").split(","));
            assertTrue(categories.size() <= 2 && leaves.containsAll(categories), sku + " " + categories);
        }
        double outOfStock = filter(p -> "0".equals(p.get("stock_quantity"))).size() / (double) PRODUCTS;
        assertTrue(outOfStock > 0.06 && outOfStock < 0.14, "out of stock share " + outOfStock);
        double disabled = filter(p -> "0".equals(p.get("enabled"))).size() / (double) PRODUCTS;
        assertTrue(disabled > 0 && disabled < 0.15, "disabled share " + disabled);
    }

    @Test
    void selectValuesAreDeclaredOptionsAndModelsUseDeclaredFamilyVariants() throws IOException {
        Set<String> options = read("attribute_options.csv").stream()
                .map(o -> o.get("attribute") + ":" + o.get("code")).collect(Collectors.toSet());
        for (Map<String, String> p : products) {
            for (String attribute : List.of("brand", "color", "size", "material")) {
                for (String code : p.get(attribute).split(",")) {
                    assertTrue(code.isEmpty() || options.contains(attribute + ":" + code), attribute + ":" + code);
                }
            }
        }
        Map<String, String> axes = new LinkedHashMap<>();
        read("family_variants.csv").forEach(v -> axes.put(v.get("code"), v.get("variant-axes_1")));
        assertEquals(Map.of("clothing_color_size", "size,color", "shoes_size", "size"), axes);
        assertTrue(models.stream().allMatch(m -> axes.containsKey(m.get("family_variant"))));
    }

    @Test
    void referenceFilesDescribeTheCatalogStructure() throws IOException {
        List<Map<String, String>> categories = read("categories.csv");
        assertTrue(categories.size() >= 55 && categories.size() <= 65, "categories: " + categories.size());
        Map<String, String> parents = new LinkedHashMap<>();
        categories.forEach(c -> parents.put(c.get("code"), c.get("parent")));
        int depth = 0;
        for (String code = "shoes_sport_hiking"; !code.isEmpty(); code = parents.get(code)) {
            depth++;
        }
        assertEquals(4, depth, "master > shoes > shoes_sport > shoes_sport_hiking");
        Map<String, String> types = new LinkedHashMap<>();
        read("attributes.csv").forEach(a -> types.put(a.get("code"), a.get("type")));
        assertEquals("pim_catalog_identifier", types.get("sku"));
        assertEquals("pim_catalog_metric", types.get("weight"));
        assertEquals("pim_catalog_price_collection", types.get("price"));
        assertEquals(16, types.size());
        assertEquals(List.of("clothing", "shoes", "electronics"),
                read("families.csv").stream().map(f -> f.get("code")).collect(Collectors.toList()));
    }

    private static List<Map<String, String>> filter(Predicate<Map<String, String>> condition) {
        return products.stream().filter(condition).collect(Collectors.toList());
    }

    private static Set<String> distinct(String column) {
        return products.stream().map(p -> p.get(column)).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }

    private static List<Map<String, String>> read(String file) throws IOException {
        List<String[]> rows = rows(catalog.resolve(file));
        String[] header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], i < row.length ? row[i] : null);
            }
            records.add(record);
        }
        return records;
    }

    /** Raw rows, header included, as Jackson's CSV parser sees them. */
    private static List<String[]> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        try (MappingIterator<String[]> iterator = mapper.readerFor(String[].class).with(schema)
                .readValues(file.toFile())) {
            return iterator.readAll();
        }
    }
}
