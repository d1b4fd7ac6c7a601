package io.omnipim.catalog.product.filter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.catalog.structure.measurement.UnitConversion.Operation;

/** A small hand-built catalog for the filter tests, and a shortcut to build filters against it. */
final class FilterCatalog {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-10T12:00:00.750Z"), ZoneOffset.UTC);
    static final CatalogStructure CATALOG = catalog();

    private FilterCatalog() {
    }

    /** Builds with JSON written with single quotes, for readability. */
    static SqlFilter build(FilterTarget target, String search) {
        return build(target, search, null, null);
    }

    static SqlFilter build(FilterTarget target, String search, String searchLocale, String searchScope) {
        return ProductFilterSql.build(target, search == null ? null : search.replace('\'', '"'), searchLocale,
                searchScope, CATALOG, JSON, CLOCK);
    }

    static SqlFilter product(String search) {
        return build(FilterTarget.PRODUCT, search);
    }

    private static CatalogStructure catalog() {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List.of(attr("sku", "identifier"), attr("name", "text").localizable(),
                attr("description", "textarea").localizable().scopable(), attr("ean", "text"),
                attr("weight", "metric").metricFamily("Weight"), attr("price", "price_collection"),
                attr("color", "simpleselect"), attr("sizes", "multiselect"), attr("release", "date").scopable(),
                attr("active", "boolean"), attr("count", "number"), attr("picture", "image"),
                attr("french_only", "text").localizable().availableLocales(List.of("fr_FR")), attr("grid", "table"))
                .forEach(b -> attributes.put(b.code, b.build()));
        Map<String, Family> families = new LinkedHashMap<>();
        families.put("shirts", new Family("shirts", "name", null,
                List.of("sku", "name", "color", "sizes", "weight", "price"), Map.of(), Map.of()));
        families.put("gadgets", new Family("gadgets", "sku", null, List.of("sku", "ean", "weight"), Map.of(),
                Map.of()));
        return new CatalogStructure(1, attributes, Map.of(), options(), families, Map.of(), channels(),
                Set.of("en_US", "fr_FR", "de_DE"), currencies(), Map.of("Weight", weight()), categories(),
                Map.of("master", List.of("clothes", "shoes"), "clothes", List.of("tshirts")), Map.of());
    }

    private static Map<String, Map<String, AttributeOption>> options() {
        return Map.of("color", Map.of("red", option("red", "color"), "Blue", option("Blue", "color")), "sizes",
                Map.of("s", option("s", "sizes"), "m", option("m", "sizes")));
    }

    private static AttributeOption option(String code, String attribute) {
        return new AttributeOption(code, attribute, 1, Map.of());
    }

    private static Map<String, Channel> channels() {
        Map<String, Channel> channels = new LinkedHashMap<>();
        channels.put("ecommerce",
                new Channel("ecommerce", Map.of(), List.of("EUR"), List.of("en_US", "fr_FR"), "master", Map.of()));
        channels.put("mobile", new Channel("mobile", Map.of(), List.of("EUR"), List.of("en_US"), "master", Map.of()));
        return channels;
    }

    private static Map<String, Currency> currencies() {
        return Map.of("EUR", new Currency("EUR", true, "Euro"), "GBP", new Currency("GBP", false, "Pound"));
    }

    private static MeasurementFamily weight() {
        return new MeasurementFamily("Weight", Map.of(), "KILOGRAM",
                Map.of("KILOGRAM", new MeasurementFamily.Unit("KILOGRAM", Map.of(), List.of(new Operation("mul", "1")),
                        "kg"), "GRAM",
                        new MeasurementFamily.Unit("GRAM", Map.of(), List.of(new Operation("mul", "0.001")), "g")));
    }

    private static Map<String, Category> categories() {
        Map<String, Category> categories = new LinkedHashMap<>();
        categories.put("master", new Category("master", null, null, 1, Map.of()));
        categories.put("clothes", new Category("clothes", "master", null, 1, Map.of()));
        categories.put("tshirts", new Category("tshirts", "clothes", null, 1, Map.of()));
        categories.put("shoes", new Category("shoes", "master", null, 2, Map.of()));
        return categories;
    }

    static AttributeBuilder attr(String code, String type) {
        return new AttributeBuilder(code, "pim_catalog_" + type);
    }

    /** Attribute has thirty components; the filters read five of them. */
    static final class AttributeBuilder {

        private final String code;
        private final String type;
        private boolean localizable;
        private boolean scopable;
        private String metricFamily;
        private List<String> availableLocales = List.of();

        AttributeBuilder(String code, String type) {
            this.code = code;
            this.type = type;
        }

        AttributeBuilder localizable() {
            localizable = true;
            return this;
        }

        AttributeBuilder scopable() {
            scopable = true;
            return this;
        }

        AttributeBuilder metricFamily(String family) {
            metricFamily = family;
            return this;
        }

        AttributeBuilder availableLocales(List<String> locales) {
            availableLocales = locales;
            return this;
        }

        Attribute build() {
            return new Attribute(code, type, "other", false, true, List.of(), metricFamily, null, null,
                    availableLocales, null, null, null, null, null, null, null, null, null, null, null, null, 1,
                    localizable, scopable, Map.of(), Map.of(), null, null, Map.of());
        }
    }
}
