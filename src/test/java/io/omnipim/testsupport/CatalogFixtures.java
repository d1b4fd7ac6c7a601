package io.omnipim.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, realistic catalog structure (clothing, shoes, electronics; FR/EN/DE labels; EUR prices), created once
 * per test JVM through the API with PATCH, so running it twice changes nothing.
 */
public final class CatalogFixtures {

    private static boolean done;

    private CatalogFixtures() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        groups();
        attributes();
        options();
        categories();
        patch("/api/rest/v1/channels/ecommerce", Map.of("locales", List.of("en_US", "fr_FR", "de_DE"),
                "currencies", List.of("EUR", "USD")));
        patch("/api/rest/v1/channels/mobile", Map.of("labels", Map.of("en_US", "Mobile app"),
                "locales", List.of("fr_FR", "de_DE"), "currencies", List.of("EUR"), "category_tree", "master"));
        families();
        done = true;
    }

    private static void groups() {
        patch("/api/rest/v1/attribute-groups/marketing",
                Map.of("labels", labels("Marketing", "Marketing", "Marketing")));
        patch("/api/rest/v1/attribute-groups/technical",
                Map.of("labels", labels("Technical", "Technique", "Technik")));
    }

    private static void attributes() {
        attribute("name", "pim_catalog_text", "marketing", Map.of("localizable", true, "max_characters", 120),
                labels("Name", "Nom", "Name"));
        attribute("description", "pim_catalog_textarea", "marketing",
                Map.of("localizable", true, "scopable", true, "wysiwyg_enabled", true),
                labels("Description", "Description", "Beschreibung"));
        attribute("brand", "pim_catalog_simpleselect", "marketing", Map.of(), labels("Brand", "Marque", "Marke"));
        attribute("color", "pim_catalog_simpleselect", "marketing", Map.of(), labels("Color", "Couleur", "Farbe"));
        attribute("size", "pim_catalog_simpleselect", "marketing", Map.of(), labels("Size", "Taille", "Größe"));
        attribute("material", "pim_catalog_multiselect", "marketing", Map.of(),
                labels("Material", "Matière", "Material"));
        attribute("price", "pim_catalog_price_collection", "marketing", Map.of("decimals_allowed", true),
                labels("Price", "Prix", "Preis"));
        attribute("weight", "pim_catalog_metric", "technical", Map.of("metric_family", "Weight",
                "default_metric_unit", "KILOGRAM", "decimals_allowed", true, "negative_allowed", false),
                labels("Weight", "Poids", "Gewicht"));
        attribute("ean", "pim_catalog_text", "technical", Map.of("unique", true, "validation_rule", "gtin"),
                labels("EAN", "EAN", "EAN"));
        attribute("release_date", "pim_catalog_date", "technical", Map.of(),
                labels("Release date", "Date de sortie", "Erscheinungsdatum"));
        attribute("waterproof", "pim_catalog_boolean", "technical", Map.of(),
                labels("Waterproof", "Imperméable", "Wasserdicht"));
        attribute("stock_quantity", "pim_catalog_number", "technical", Map.of("decimals_allowed", false,
                "negative_allowed", false), labels("Stock", "Stock", "Bestand"));
        attribute("picture", "pim_catalog_image", "marketing", Map.of("allowed_extensions", List.of("jpg", "png")),
                labels("Picture", "Photo", "Bild"));
    }

    private static void options() {
        option("color", "red", labels("Red", "Rouge", "Rot"));
        option("color", "blue", labels("Blue", "Bleu", "Blau"));
        option("color", "green", labels("Green", "Vert", "Grün"));
        for (String size : List.of("s", "m", "l", "xl", "42", "43", "44")) {
            option("size", size, labels(size.toUpperCase(), size.toUpperCase(), size.toUpperCase()));
        }
        option("brand", "alpenglueck", labels("Alpenglück", "Alpenglück", "Alpenglück"));
        option("brand", "elan_vital", labels("Élan Vital", "Élan Vital", "Élan Vital"));
        option("material", "cotton", labels("Cotton", "Coton", "Baumwolle"));
        option("material", "wool", labels("Wool", "Laine", "Wolle"));
    }

    private static void categories() {
        category("clothing", "master", labels("Clothing", "Vêtements", "Bekleidung"));
        category("clothing_women", "clothing", labels("Women", "Femme", "Damen"));
        category("clothing_men", "clothing", labels("Men", "Homme", "Herren"));
        category("shoes", "master", labels("Shoes", "Chaussures", "Schuhe"));
        category("electronics", "master", labels("Electronics", "Électronique", "Elektronik"));
    }

    private static void families() {
        patch("/api/rest/v1/families/clothing", Map.of("attributes",
                List.of("name", "description", "brand", "color", "size", "material", "price", "weight", "ean",
                        "picture", "stock_quantity"),
                "attribute_as_label", "name", "attribute_as_image", "picture",
                "attribute_requirements", Map.of("ecommerce", List.of("name", "description", "price"),
                        "mobile", List.of("name", "price")),
                "labels", labels("Clothing", "Vêtements", "Bekleidung")));
        patch("/api/rest/v1/families/clothing/variants/clothing_color_size", Map.of(
                "labels", labels("By color and size", "Par couleur et taille", "Nach Farbe und Größe"),
                "variant_attribute_sets", List.of(
                        Map.of("level", 1, "axes", List.of("color"), "attributes", List.of("picture")),
                        Map.of("level", 2, "axes", List.of("size"),
                                "attributes", List.of("ean", "price", "weight", "stock_quantity")))));
        patch("/api/rest/v1/families/shoes", Map.of("attributes",
                List.of("name", "description", "brand", "color", "size", "price", "ean", "waterproof"),
                "attribute_as_label", "name",
                "attribute_requirements", Map.of("ecommerce", List.of("name", "price")),
                "labels", labels("Shoes", "Chaussures", "Schuhe")));
        patch("/api/rest/v1/families/electronics", Map.of("attributes",
                List.of("name", "description", "brand", "price", "ean", "weight", "release_date"),
                "attribute_as_label", "name",
                "attribute_requirements", Map.of("ecommerce", List.of("name", "description", "price", "ean")),
                "labels", labels("Electronics", "Électronique", "Elektronik")));
    }

    private static void attribute(String code, String type, String group, Map<String, Object> extra,
            Map<String, String> labels) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("type", type);
        body.put("group", group);
        body.put("labels", labels);
        patch("/api/rest/v1/attributes/" + code, body);
    }

    private static void option(String attribute, String code, Map<String, String> labels) {
        patch("/api/rest/v1/attributes/" + attribute + "/options/" + code, Map.of("labels", labels));
    }

    private static void category(String code, String parent, Map<String, String> labels) {
        patch("/api/rest/v1/categories/" + code, Map.of("parent", parent, "labels", labels));
    }

    public static Map<String, String> labels(String en, String fr, String de) {
        return Map.of("en_US", en, "fr_FR", fr, "de_DE", de);
    }

    private static void patch(String path, Map<String, ?> body) {
        int status = Api.as("admin").body(body).patch(path).then().extract().statusCode();
        if (status != 201 && status != 204) {
            throw new AssertionError("fixture " + path + " answered " + status + ": "
                    + Api.as("admin").body(body).patch(path).asString());
        }
    }
}
