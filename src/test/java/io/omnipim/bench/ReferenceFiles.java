package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the small catalog structure files: categories, attributes, options, families and family variants. */
final class ReferenceFiles {

    private static final String WEARABLE_ATTRIBUTES = "sku,name,description,brand,color,size,material,price,"
            + "sale_price,stock_quantity,delivery_delay_days,ean,weight,release_date,waterproof";
    private static final String ELECTRONICS_ATTRIBUTES = "sku,name,description,brand,color,material,price,"
            + "sale_price,stock_quantity,delivery_delay_days,ean,weight,screen_size,release_date,waterproof";
    /** Everything but the model-level name, description, brand and material varies per variant. */
    private static final String VARIANT_LEVEL = "price,sale_price,stock_quantity,delivery_delay_days,ean,weight,"
            + "release_date,waterproof";

    private ReferenceFiles() {
    }

    static void writeAll(Path dir) throws IOException {
        categories(dir.resolve("categories.csv"));
        attributes(dir.resolve("attributes.csv"));
        options(dir.resolve("attribute_options.csv"));
        families(dir.resolve("families.csv"));
        familyVariants(dir.resolve("family_variants.csv"));
    }

    private static void categories(Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, List.of("code", "parent", "label-en_US", "label-fr_FR",
                "label-de_DE"))) {
            for (Category category : Taxonomy.MASTER.all()) {
                Label label = category.label();
                table.write(category.code(), category.parent(), label.en(), label.fr(), label.de());
            }
        }
    }

    private static void attributes(Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, List.of("code", "type", "group", "localizable", "scopable",
                "unique", "metric_family", "default_metric_unit", "decimals_allowed", "negative_allowed",
                "max_characters", "validation_rule", "label-en_US", "label-fr_FR", "label-de_DE"))) {
            // code, type, group, localizable, scopable, unique, metric family, unit, decimals, negative,
            // max characters, validation rule, labels
            attribute(table, "sku;pim_catalog_identifier;general;0;0;1;;;;;;", "SKU|SKU|SKU");
            attribute(table, "name;pim_catalog_text;marketing;1;0;0;;;;;255;", "Name|Nom|Name");
            attribute(table, "description;pim_catalog_textarea;marketing;1;1;0;;;;;;",
                    "Description|Description|Beschreibung");
            attribute(table, "brand;pim_catalog_simpleselect;marketing;0;0;0;;;;;;", "Brand|Marque|Marke");
            attribute(table, "color;pim_catalog_simpleselect;variation;0;0;0;;;;;;", "Color|Couleur|Farbe");
            attribute(table, "size;pim_catalog_simpleselect;variation;0;0;0;;;;;;", "Size|Taille|Größe");
            attribute(table, "material;pim_catalog_multiselect;technical;0;0;0;;;;;;", "Material|Matière|Material");
            attribute(table, "price;pim_catalog_price_collection;erp;0;0;0;;;1;0;;", "Price|Prix|Preis");
            attribute(table, "sale_price;pim_catalog_price_collection;erp;0;0;0;;;1;0;;",
                    "Sale price|Prix soldé|Aktionspreis");
            attribute(table, "stock_quantity;pim_catalog_number;erp;0;0;0;;;0;0;;",
                    "Stock quantity|Quantité en stock|Lagerbestand");
            attribute(table, "delivery_delay_days;pim_catalog_number;logistics;0;0;0;;;0;0;;",
                    "Delivery delay (days)|Délai de livraison (jours)|Lieferzeit (Tage)");
            attribute(table, "ean;pim_catalog_text;erp;0;0;1;;;;;13;gtin", "EAN|EAN|EAN");
            attribute(table, "weight;pim_catalog_metric;technical;0;0;0;Weight;KILOGRAM;1;0;;",
                    "Weight|Poids|Gewicht");
            attribute(table, "screen_size;pim_catalog_metric;technical;0;0;0;Length;INCH;1;0;;",
                    "Screen size|Taille d'écran|Bildschirmgröße");
            attribute(table, "release_date;pim_catalog_date;marketing;0;0;0;;;;;;",
                    "Release date|Date de sortie|Erscheinungsdatum");
            attribute(table, "waterproof;pim_catalog_boolean;technical;0;0;0;;;;;;",
                    "Waterproof|Imperméable|Wasserdicht");
        }
    }

    private static void attribute(CsvTable table, String properties, String labels) throws IOException {
        List<String> cells = new ArrayList<>(List.of(properties.split(";", -1)));
        cells.addAll(List.of(Label.of(labels).cells()));
        table.write(cells.toArray(new String[0]));
    }

    private static void options(Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, List.of("attribute", "code", "sort_order", "label-en_US",
                "label-fr_FR", "label-de_DE"))) {
            String attribute = "";
            int order = 0;
            for (Option option : Lexicon.allOptions()) {
                // options come grouped by attribute; numbering restarts with each attribute
                order = option.attribute().equals(attribute) ? order + 1 : 1;
                attribute = option.attribute();
                Label label = option.label();
                table.write(attribute, option.code(), Integer.toString(order), label.en(), label.fr(), label.de());
            }
        }
    }

    private static void families(Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, List.of("code", "label-en_US", "label-fr_FR", "label-de_DE",
                "attributes", "attribute_as_label", "requirements-ecommerce"))) {
            for (Family family : Family.ALL) {
                Label label = family.label();
                boolean wearable = family.hasVariants();
                table.write(family.code(), label.en(), label.fr(), label.de(),
                        wearable ? WEARABLE_ATTRIBUTES : ELECTRONICS_ATTRIBUTES, "name",
                        wearable ? "sku,name,description,price,color,size" : "sku,name,description,price");
            }
        }
    }

    private static void familyVariants(Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, List.of("code", "family", "label-en_US", "variant-axes_1",
                "variant-attributes_1"))) {
            table.write("clothing_color_size", "clothing", "Clothing by color and size", "size,color",
                    "sku,size,color," + VARIANT_LEVEL);
            // a shoe model comes in one color, but the color is still kept per variant like the sizes
            table.write("shoes_size", "shoes", "Shoes by size", "size", "sku,size,color," + VARIANT_LEVEL);
        }
    }
}
