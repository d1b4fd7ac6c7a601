package io.omnipim.search;

import static io.omnipim.search.SearchProbe.await;
import static io.omnipim.search.SearchProbe.identifiers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.omnipim.search.indexer.SearchIndexer;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Attribute filters, sorts and facets on the flat value fields: each value is found in its own locale, scope and
 * currency, and a negative operator needs a value to be there.
 */
@QuarkusTest
class SearchAttributeFiltersTest {

    @Inject
    SearchIndexer indexer;

    private List<String> skus;

    private List<String> find(String conditions, Object... params) {
        Map<String, Object> query = new HashMap<>();
        query.put("search", "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\"" + String.join("\",\"", skus)
                + "\"]}]," + conditions + "}");
        for (int i = 0; i < params.length; i += 2) {
            query.put((String) params[i], params[i + 1]);
        }
        return identifiers(SearchProbe.search(query));
    }

    private static Map<String, Object> price(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    @Test
    void valuesAreFilteredSortedAndCountedInTheirLocaleScopeAndCurrency() {
        CatalogFixtures.ensure();
        String trail = Products.create("shoes", Map.of(
                "name", List.of(Products.value("en_US", null, "Trail runner"),
                        Products.value("fr_FR", null, "Chaussure de trail légère")),
                "description", List.of(Products.value("en_US", "ecommerce", "<p>Grippy sole for wet rocks</p>")),
                "price", List.of(Products.value(null, null, List.of(price("89.90", "EUR"), price("99.00", "USD")))),
                "waterproof", List.of(Products.value(null, null, true)),
                "color", List.of(Products.value(null, null, "red"))));
        String sneaker = Products.create("shoes", Map.of(
                "name", List.of(Products.value("en_US", null, "City sneaker")),
                "price", List.of(Products.value(null, null, List.of(price("9.50", "EUR")))),
                "waterproof", List.of(Products.value(null, null, false)),
                "color", List.of(Products.value(null, null, "blue"))));
        String sandal = Products.create("shoes", Map.of(
                "name", List.of(Products.value("de_DE", null, "Sandale für den Sommer"))));
        skus = List.of(trail, sneaker, sandal);
        await(indexer, SearchProbe.only(skus), p -> identifiers(p).size() == 3);

        assertEquals(List.of(trail),
                find("\"price\":[{\"operator\":\">\",\"value\":{\"amount\":10,\"currency\":\"EUR\"}}]"));
        assertEquals(List.of(trail),
                find("\"price\":[{\"operator\":\">\",\"value\":{\"amount\":95,\"currency\":\"USD\"}}]"));
        assertEquals(List.of(sneaker),
                find("\"price\":[{\"operator\":\"<\",\"value\":{\"amount\":10,\"currency\":\"EUR\"}}]"));
        assertEquals(List.of(sandal), find("\"price\":[{\"operator\":\"EMPTY\"}]"));
        assertEquals(List.of(sneaker), find("\"waterproof\":[{\"operator\":\"!=\",\"value\":true}]"),
                "a negative operator skips products without the value");
        assertEquals(List.of(sneaker), find("\"color\":[{\"operator\":\"NOT IN\",\"value\":[\"red\"]}]"));
        assertEquals(List.of(sandal), find("\"color\":[{\"operator\":\"EMPTY\"}]"));
        assertEquals(List.of(sneaker), find("\"name\":[{\"operator\":\"CONTAINS\",\"value\":\"SNEAK\","
                + "\"locale\":\"en_US\"}]"));
        assertEquals(List.of(trail), find("\"name\":[{\"operator\":\"STARTS WITH\",\"value\":\"chaussure\"}]",
                "locale", "fr_FR"));
        assertEquals(List.of(), find("\"name\":[{\"operator\":\"STARTS WITH\",\"value\":\"chaussure\"}]",
                "locale", "en_US"), "another locale's value does not match");
        assertEquals(List.of(sandal), find("\"name\":[{\"operator\":\"CONTAINS\",\"value\":\"fur den\"}]"),
                "no locale asked: any locale, accents folded");
        assertEquals(List.of(trail), find("\"description\":[{\"operator\":\"CONTAINS\",\"value\":\"wet rocks\","
                + "\"locale\":\"en_US\",\"scope\":\"ecommerce\"}]"));
        assertEquals(List.of(), find("\"description\":[{\"operator\":\"NOT EMPTY\",\"locale\":\"en_US\","
                + "\"scope\":\"mobile\"}]"), "another channel's value does not count");

        assertEquals(List.of(trail, sneaker, sandal), find("\"family\":[{\"operator\":\"IN\",\"value\":[\"shoes\"]}]",
                "sort", "price:desc", "scope", "ecommerce"), "sorted on the channel's first currency, empty last");
        JsonPath facets = SearchProbe.search(Map.of("search", "{\"identifier\":[{\"operator\":\"IN\",\"value\":[\""
                + String.join("\",\"", skus) + "\"]}]}", "facets", "waterproof,color"));
        assertEquals(List.of("false", "true"), facets.getList("facets.waterproof.code", String.class).stream()
                .sorted().toList());
        assertEquals(List.of(1, 1), facets.getList("facets.color.count", Integer.class));
    }
}
