package io.omnipim.catalog.product.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.family.Family;

/**
 * Akeneo's completeness rules on a small catalog: required attributes per channel, localizable and scopable values
 * looked up where they live, prices complete only in every currency of the channel, attributes available in some
 * locales only required there, a variant's values found in its models.
 */
class CompletenessCalculatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsWhatEachChannelAndLocaleRequire() throws Exception {
        CatalogStructure catalog = catalog();
        ObjectNode values = values("""
                {"name": {"<all_channels>": {"fr_FR": "Veste imperméable", "de_DE": "  "}},
                 "description": {"ecommerce": {"fr_FR": "Légère, coupe-vent"}},
                 "price": {"<all_channels>": {"<all_locales>": [{"amount": "129.90", "currency": "EUR"}]}},
                 "french_only": {"<all_channels>": {"fr_FR": "Fabriquée en France"}}}""");
        Map<String, CompletenessRow> rows = byKey(CompletenessCalculator.compute("jackets", values, catalog));
        assertThat(rows.keySet()).containsExactly("ecommerce/fr_FR", "ecommerce/de_DE", "marketplace/fr_FR");
        CompletenessRow fr = rows.get("ecommerce/fr_FR");
        assertThat(fr.required()).isEqualTo(4);
        assertThat(fr.missingAttributes()).as("a price in EUR only, the channel sells in EUR and CHF")
                .containsExactly("price");
        assertThat(fr.ratio()).isEqualTo(75);
        CompletenessRow de = rows.get("ecommerce/de_DE");
        assertThat(de.required()).as("french_only is not required in German").isEqualTo(3);
        assertThat(de.missingAttributes()).as("a blank name is missing").containsExactly("name", "description",
                "price");
        assertThat(de.ratio()).isZero();
        CompletenessRow marketplace = rows.get("marketplace/fr_FR");
        assertThat(marketplace.missingAttributes()).isEmpty();
        assertThat(marketplace.ratio()).isEqualTo(100);
    }

    @Test
    void findsAVariantsValuesInItsModelsAndNothingForAnUnknownFamily() throws Exception {
        CatalogStructure catalog = catalog();
        ObjectNode own = values("""
                {"price": {"<all_channels>": {"<all_locales>": [{"amount": "139.00", "currency": "CHF"},
                  {"amount": "129.90", "currency": "EUR"}]}}}""");
        ObjectNode model = values("""
                {"name": {"<all_channels>": {"fr_FR": "Veste", "de_DE": "Jacke"}},
                 "description": {"ecommerce": {"fr_FR": "Légère", "de_DE": "Leicht"}}}""");
        ObjectNode root = values("""
                {"french_only": {"<all_channels>": {"fr_FR": "Fabriquée en France"}}}""");
        Map<String, CompletenessRow> rows = byKey(CompletenessCalculator.computeLayered("jackets",
                java.util.Arrays.asList(own, model, root), catalog));
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.ratio()).as(r.channel() + "/" + r.locale())
                .isEqualTo(100));
        assertThat(CompletenessCalculator.compute("unknown", own, catalog)).isEmpty();
        assertThat(CompletenessCalculator.compute(null, own, catalog)).isEmpty();
    }

    private static Map<String, CompletenessRow> byKey(List<CompletenessRow> rows) {
        Map<String, CompletenessRow> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.channel() + "/" + r.locale(), r));
        return out;
    }

    private static ObjectNode values(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static CatalogStructure catalog() {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("sku", attribute("sku", "identifier", false, false, List.of()));
        attributes.put("name", attribute("name", "text", true, false, List.of()));
        attributes.put("description", attribute("description", "textarea", true, true, List.of()));
        attributes.put("price", attribute("price", "price_collection", false, false, List.of()));
        attributes.put("french_only", attribute("french_only", "text", true, false, List.of("fr_FR")));
        Map<String, Family> families = Map.of("jackets", new Family("jackets", "name", null,
                List.of("sku", "name", "description", "price", "french_only"),
                Map.of("ecommerce", List.of("name", "description", "price", "french_only"), "marketplace",
                        List.of("name")),
                Map.of()));
        Map<String, Channel> channels = new LinkedHashMap<>();
        channels.put("ecommerce", new Channel("ecommerce", Map.of(), List.of("EUR", "CHF"), List.of("fr_FR",
                "de_DE"), "master", Map.of()));
        channels.put("marketplace", new Channel("marketplace", Map.of(), List.of("EUR"), List.of("fr_FR"),
                "master", Map.of()));
        return new CatalogStructure(1, attributes, Map.of(), Map.of(), families, Map.of(), channels,
                Set.of("fr_FR", "de_DE"), Map.of("EUR", new Currency("EUR", true, "Euro"), "CHF",
                        new Currency("CHF", true, "Swiss franc")),
                Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static Attribute attribute(String code, String type, boolean localizable, boolean scopable,
            List<String> locales) {
        return new Attribute(code, "pim_catalog_" + type, "other", false, true, List.of(), null, null, null, locales,
                null, null, null, null, null, null, null, null, null, null, null, null, 1, localizable, scopable,
                Map.of(), Map.of(), null, null, Map.of());
    }
}
