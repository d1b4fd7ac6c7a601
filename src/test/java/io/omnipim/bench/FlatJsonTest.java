package io.omnipim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class FlatJsonTest {

    private final FlatJson flat = new FlatJson(Map.of(
            "sku", new FlatJson.AttributeSpec("sku", "pim_catalog_identifier", false, false),
            "name", new FlatJson.AttributeSpec("name", "pim_catalog_text", true, false),
            "description", new FlatJson.AttributeSpec("description", "pim_catalog_textarea", true, true),
            "size", new FlatJson.AttributeSpec("size", "pim_catalog_simpleselect", false, false),
            "material", new FlatJson.AttributeSpec("material", "pim_catalog_multiselect", false, false),
            "price", new FlatJson.AttributeSpec("price", "pim_catalog_price_collection", false, false),
            "weight", new FlatJson.AttributeSpec("weight", "pim_catalog_metric", false, false),
            "stock_quantity", new FlatJson.AttributeSpec("stock_quantity", "pim_catalog_number", false, false),
            "waterproof", new FlatJson.AttributeSpec("waterproof", "pim_catalog_boolean", false, false)));

    @Test
    void flatColumnsBecomeStandardValues() {
        JsonNode product = flat.product(row("sku", "SKU-1", "family", "shoes", "categories", "a,b", "enabled", "1",
                "parent", "MODEL-7", "name-fr_FR", "Botte", "description-de_DE-ecommerce", "Stiefel", "size", "eu_42",
                "material", "leather,rubber", "price-EUR", "10.99", "price-USD", "11.50", "weight", "0.9",
                "weight-unit", "KILOGRAM", "stock_quantity", "12", "waterproof", "0"));
        assertEquals("SKU-1", product.path("identifier").asText());
        assertEquals("MODEL_7", product.path("parent").asText(), "model codes lose their hyphen");
        assertEquals(2, product.path("categories").size());
        JsonNode values = product.path("values");
        assertFalse(values.has("sku"), "the identifier is top-level");
        assertEquals("fr_FR", values.path("name").path(0).path("locale").asText());
        assertEquals("ecommerce", values.path("description").path(0).path("scope").asText());
        assertEquals("eu_42", values.path("size").path(0).path("data").asText());
        assertEquals(2, values.path("material").path(0).path("data").size());
        assertEquals(1, values.path("price").size(), "one value holds the prices of all currencies");
        assertEquals("USD", values.path("price").path(0).path("data").path(1).path("currency").asText());
        assertEquals("KILOGRAM", values.path("weight").path(0).path("data").path("unit").asText());
        assertTrue(values.path("stock_quantity").path(0).path("data").isNumber());
        assertFalse(values.path("waterproof").path(0).path("data").asBoolean(true));
    }

    /** One converter serves the models file then the products file, whose headers differ. */
    @Test
    void aNewHeaderIsParsedAgain() {
        flat.productModel(row("code", "MODEL-1", "family_variant", "v", "categories", "", "name-en_US", "Boot"));
        JsonNode product = flat.product(row("sku", "SKU-2", "family", "shoes", "categories", "", "enabled", "1",
                "size", "eu_40"));
        assertEquals("eu_40", product.path("values").path("size").path(0).path("data").asText());
        assertFalse(product.path("values").has("name"));
    }

    private static Map<String, String> row(String... cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            row.put(cells[i], cells[i + 1]);
        }
        return row;
    }
}
