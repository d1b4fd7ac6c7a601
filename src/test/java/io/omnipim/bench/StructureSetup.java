package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the generated catalog's structure through the API, as an Akeneo client would: attribute groups,
 * attributes, options, the ecommerce channel, categories, families and family variants. Everything is read from
 * the generator's reference CSVs, so the structure always matches the products it wrote.
 */
final class StructureSetup {

    static final List<String> LOCALES = List.of("en_US", "fr_FR", "de_DE");
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");

    /** Attribute properties that are CSV cells of the same name; booleans are written as 0/1 there. */
    private static final List<String> FLAGS = List.of("localizable", "scopable", "unique", "decimals_allowed",
            "negative_allowed");
    private static final List<String> TEXTS = List.of("metric_family", "default_metric_unit", "validation_rule");

    private final PimApi api;
    private final Path catalog;
    private int calls;

    StructureSetup(PimApi api, Path catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    /** Returns the number of API calls it made. */
    int run() throws IOException, InterruptedException {
        put("/api/rest/v1/channels/ecommerce", Map.of("locales", LOCALES, "currencies", CURRENCIES));
        List<Map<String, String>> attributes = CsvRows.readAll(catalog.resolve("attributes.csv"));
        Set<String> groups = new LinkedHashSet<>();
        attributes.forEach(a -> groups.add(a.get("group")));
        for (String group : groups) {
            put("/api/rest/v1/attribute-groups/" + group, Map.of("labels", Map.of("en_US", capitalized(group))));
        }
        for (Map<String, String> attribute : attributes) {
            // the identifier attribute sku comes with every fresh install and its type cannot change
            if (!"pim_catalog_identifier".equals(attribute.get("type"))) {
                put("/api/rest/v1/attributes/" + attribute.get("code"), attribute(attribute));
            }
        }
        for (Map<String, String> option : CsvRows.readAll(catalog.resolve("attribute_options.csv"))) {
            put("/api/rest/v1/attributes/" + option.get("attribute") + "/options/" + option.get("code"),
                    Map.of("sort_order", Integer.parseInt(option.get("sort_order")), "labels", labels(option)));
        }
        // parents come before their children in the file, as the API needs
        for (Map<String, String> category : CsvRows.readAll(catalog.resolve("categories.csv"))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("parent", category.get("parent").isEmpty() ? null : category.get("parent"));
            body.put("labels", labels(category));
            put("/api/rest/v1/categories/" + category.get("code"), body);
        }
        for (Map<String, String> family : CsvRows.readAll(catalog.resolve("families.csv"))) {
            put("/api/rest/v1/families/" + family.get("code"), family(family));
        }
        for (Map<String, String> variant : CsvRows.readAll(catalog.resolve("family_variants.csv"))) {
            put("/api/rest/v1/families/" + variant.get("family") + "/variants/" + variant.get("code"),
                    Map.of("labels", labels(variant), "variant_attribute_sets", variantSets(variant)));
        }
        return calls;
    }

    private static Map<String, Object> attribute(Map<String, String> row) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", row.get("type"));
        body.put("group", row.get("group"));
        body.put("labels", labels(row));
        for (String flag : FLAGS) {
            String cell = row.getOrDefault(flag, "");
            if (!cell.isEmpty()) {
                body.put(flag, "1".equals(cell));
            }
        }
        for (String text : TEXTS) {
            String cell = row.getOrDefault(text, "");
            if (!cell.isEmpty()) {
                body.put(text, cell);
            }
        }
        String maxCharacters = row.getOrDefault("max_characters", "");
        if (!maxCharacters.isEmpty()) {
            body.put("max_characters", Integer.parseInt(maxCharacters));
        }
        return body;
    }

    private static Map<String, Object> family(Map<String, String> row) {
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (column.startsWith("requirements-")) {
                requirements.put(column.substring("requirements-".length()), CsvRows.list(cell));
            }
        });
        return Map.of("attributes", CsvRows.list(row.get("attributes")), "attribute_as_label",
                row.get("attribute_as_label"), "attribute_requirements", requirements, "labels", labels(row));
    }

    /** Columns variant-axes_N and variant-attributes_N describe level N. */
    private static List<Map<String, Object>> variantSets(Map<String, String> row) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int level = 1; row.containsKey("variant-axes_" + level); level++) {
            sets.add(Map.of("level", level, "axes", CsvRows.list(row.get("variant-axes_" + level)),
                    "attributes", CsvRows.list(row.getOrDefault("variant-attributes_" + level, ""))));
        }
        return sets;
    }

    private static Map<String, String> labels(Map<String, String> row) {
        Map<String, String> labels = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (column.startsWith("label-") && !cell.isEmpty()) {
                labels.put(column.substring("label-".length()), cell);
            }
        });
        return labels;
    }

    private static String capitalized(String code) {
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private void put(String path, Map<String, ?> body) throws IOException, InterruptedException {
        api.upsert(path, body);
        calls++;
    }
}
