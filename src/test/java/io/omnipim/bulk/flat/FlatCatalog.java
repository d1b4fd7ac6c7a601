package io.omnipim.bulk.flat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.catalog.structure.measurement.UnitConversion.Operation;

/**
 * A small apparel catalog for the flat format tests: channels {@code ecommerce} (en_US, fr_FR, de_DE; EUR, USD) and
 * {@code mobile} (fr_FR; EUR), it_IT known but not activated, GBP disabled.
 */
final class FlatCatalog {

    static final CatalogStructure CATALOG = catalog();

    private FlatCatalog() {
    }

    private static CatalogStructure catalog() {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List.of(attr("sku", "identifier", "SKU", "Référence"), attr("name", "text", "Name", "Nom").localizable(),
                attr("description", "textarea", "Description", "Description").localizable().scopable(),
                attr("price", "price_collection", "Price", "Prix"), attr("weight", "metric", "Weight", "Poids"),
                attr("color", "simpleselect", "Color", "Couleur"), attr("materials", "multiselect", "Materials",
                        "Matières"),
                attr("waterproof", "boolean", "Waterproof", "Imperméable"), attr(
                        "release_date", "date", "Release date", "Date de sortie"),
                attr("stock_quantity",
                        "number", "Stock", "Stock"),
                attr("picture", "image", "Picture", "Image"),
                attr("gtin", "text", "GTIN", "GTIN"), attr("size", "simpleselect", "Size", "Taille"),
                attr("care_fr", "text", "Care", "Entretien").localizable().only("fr_FR"))
                .forEach(b -> attributes.put(b.code, b.build()));
        return new CatalogStructure(1, attributes, Map.of(), options(), families(), variants(), channels(),
                Set.of("en_US", "fr_FR", "de_DE", "it_IT"), currencies(), Map.of("Weight", weight()), categories(),
                Map.of("master", List.of("clothing"), "clothing", List.of("tshirts", "rainwear")),
                associationTypes());
    }

    private static Map<String, Map<String, AttributeOption>> options() {
        Map<String, Map<String, AttributeOption>> options = new LinkedHashMap<>();
        options.put("color", Map.of("red", option("color", "red", "Red", "Rouge"), "navy", option("color", "navy",
                "Navy blue", "Bleu marine")));
        options.put("materials", Map.of("cotton", option("materials", "cotton", "Cotton", "Coton"), "polyester",
                option("materials", "polyester", "Polyester", "Polyester"), "wool", option("materials", "wool",
                        "Wool", "Laine")));
        options.put("size", Map.of("s", option("size", "s", "S", "S"), "m", option("size", "m", "M", "M")));
        return options;
    }

    private static AttributeOption option(String attribute, String code, String en, String fr) {
        return new AttributeOption(code, attribute, 1, Map.of("en_US", en, "fr_FR", fr));
    }

    private static Map<String, Family> families() {
        return Map.of("tshirts", new Family("tshirts", "name", "picture", List.of("sku", "name", "description",
                "price", "weight", "color", "materials", "size"), Map.of(),
                Map.of("en_US", "T-shirts", "fr_FR",
                        "Tee-shirts")));
    }

    private static Map<String, FamilyVariant> variants() {
        return Map.of("tshirts_by_size", new FamilyVariant("tshirts_by_size", "tshirts", Map.of("en_US", "By size",
                "fr_FR", "Par taille"),
                List.of(new FamilyVariant.VariantAttributeSet(1, List.of("size"), List.of(
                        "size", "sku", "weight")))));
    }

    private static Map<String, Channel> channels() {
        Map<String, Channel> channels = new LinkedHashMap<>();
        channels.put("mobile", new Channel("mobile", Map.of("en_US", "Mobile app", "fr_FR", "Appli mobile"),
                List.of("EUR"), List.of("fr_FR"), "master", Map.of()));
        channels.put("ecommerce", new Channel("ecommerce", Map.of("en_US", "Web shop", "fr_FR", "Boutique en ligne"),
                List.of("EUR", "USD"), List.of("en_US", "fr_FR", "de_DE"), "master", Map.of()));
        return channels;
    }

    private static Map<String, Currency> currencies() {
        return Map.of("EUR", new Currency("EUR", true, "Euro"), "USD", new Currency("USD", true, "US dollar"),
                "GBP", new Currency("GBP", false, "Pound"));
    }

    private static MeasurementFamily weight() {
        return new MeasurementFamily("Weight", Map.of(), "KILOGRAM", Map.of("KILOGRAM", new MeasurementFamily.Unit(
                "KILOGRAM", Map.of(), List.of(new Operation("mul", "1")), "kg"), "GRAM",
                new MeasurementFamily.Unit(
                        "GRAM", Map.of(), List.of(new Operation("mul", "0.001")), "g")));
    }

    private static Map<String, Category> categories() {
        Map<String, Category> categories = new LinkedHashMap<>();
        categories.put("master", new Category("master", null, null, 1, Map.of("en_US", "Master catalog")));
        categories.put("clothing", new Category("clothing", "master", null, 1, Map.of("en_US", "Clothing", "fr_FR",
                "Vêtements")));
        categories.put("tshirts", new Category("tshirts", "clothing", null, 1, Map.of("en_US", "T-shirts")));
        categories.put("rainwear", new Category("rainwear", "clothing", null, 2, Map.of("fr_FR", "Pluie")));
        return categories;
    }

    private static Map<String, AssociationType> associationTypes() {
        Map<String, AssociationType> types = new LinkedHashMap<>();
        types.put("X_SELL", new AssociationType("X_SELL", Map.of("en_US", "Cross sell"), false, false));
        types.put("PACK", new AssociationType("PACK", Map.of("en_US", "Pack", "fr_FR", "Lot"), true, false));
        return types;
    }

    static AttributeBuilder attr(String code, String type, String en, String fr) {
        return new AttributeBuilder(code, "pim_catalog_" + type, Map.of("en_US", en, "fr_FR", fr));
    }

    /** Attribute has thirty components; the flat format reads a handful. */
    static final class AttributeBuilder {

        private final String code;
        private final String type;
        private final Map<String, String> labels;
        private boolean localizable;
        private boolean scopable;
        private List<String> availableLocales = List.of();

        AttributeBuilder(String code, String type, Map<String, String> labels) {
            this.code = code;
            this.type = type;
            this.labels = labels;
        }

        AttributeBuilder localizable() {
            localizable = true;
            return this;
        }

        AttributeBuilder scopable() {
            scopable = true;
            return this;
        }

        AttributeBuilder only(String locale) {
            availableLocales = List.of(locale);
            return this;
        }

        Attribute build() {
            boolean metric = type.endsWith("metric");
            return new Attribute(code, type, "other", false, true, List.of(), metric ? "Weight" : null,
                    metric ? "KILOGRAM" : null, null, availableLocales, null, null, null, null, null, null, null, null,
                    null, null, null, null, 1, localizable, scopable, labels, Map.of(), null, null, Map.of());
        }
    }
}
