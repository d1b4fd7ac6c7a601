package io.omnipim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.DocumentWriter;
import io.omnipim.search.index.IndexMapping;
import io.omnipim.search.index.SearchCluster;
import io.quarkus.test.junit.QuarkusTest;

/** Thousands of attributes index as flat fields, and versions order writes, on a scratch index of the real Elasticsearch. */
@QuarkusTest
class SearchMappingTest {

    @Inject
    SearchCluster cluster;

    @Inject
    DocumentWriter writer;

    @Inject
    CatalogIndex index;

    @Inject
    ObjectMapper json;

    private String scratch;

    @BeforeEach
    void createScratchIndex() {
        scratch = "search_mapping_test_" + System.nanoTime();
        cluster.call("PUT", "/" + scratch, IndexMapping.body(json, 1)).orFail("create");
    }

    @AfterEach
    void deleteScratchIndex() {
        index.delete(scratch);
    }

    private static ReadStructure structure(int attributes) {
        Map<String, ReadStructure.AttributeInfo> all = new HashMap<>();
        ValueKind[] kinds = {ValueKind.TEXT, ValueKind.NUMBER, ValueKind.SIMPLE_SELECT, ValueKind.BOOLEAN,
                ValueKind.DATE, ValueKind.TEXTAREA};
        for (int i = 0; i < attributes; i++) {
            String code = "attr_" + i;
            all.put(code, new ReadStructure.AttributeInfo(code, kinds[i % kinds.length], i % 3 == 0, i % 5 == 0,
                    false, null, null, Map.of()));
        }
        return new ReadStructure(1, "sku", all, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(
                "ecommerce", new ReadStructure.ChannelInfo("ecommerce", List.of("en_US", "fr_FR"), List.of("EUR"))));
    }

    private IndexDocument document(String id, long version, ReadStructure structure, String label) {
        ObjectNode values = json.createObjectNode();
        structure.attributes().values().forEach(a -> {
            ObjectNode byLocale = values.putObject(a.code()).putObject(a.scopable() ? "ecommerce" : "<all_channels>");
            String locale = a.localizable() ? "en_US" : "<all_locales>";
            switch (a.kind()) {
                case NUMBER :
                    byLocale.put(locale, "12.5");
                    break;
                case BOOLEAN :
                    byLocale.put(locale, true);
                    break;
                case DATE :
                    byLocale.put(locale, "2024-05-01T00:00:00+00:00");
                    break;
                default :
                    byLocale.put(locale, "value of " + a.code());
            }
        });
        return new IndexDocument("product", id, "sku-" + id, version, "v" + version, true, "family", null, null,
                List.of(), List.of("master"), List.of("master"), List.of(), OffsetDateTime.now(), OffsetDateTime.now(),
                List.of(new IndexDocument.Ratio("ecommerce", "en_US", 50)), values, Map.of("en_US", label), null);
    }

    private static int countFields(JsonNode properties) {
        int count = 0;
        for (JsonNode field : properties) {
            count++;
            count += countFields(field.path("properties"));
        }
        return count;
    }

    @Test
    void aCatalogOfTwoThousandAttributesIndexesAndEveryValueIsFilterable() {
        ReadStructure structure = structure(2000);
        DocumentWriter.Outcome outcome = writer.write(scratch, false, List.of(document("big", 1, structure,
                "Huge")), List.of(), structure);
        assertEquals(1, outcome.written(), outcome.toString());
        index.refresh(scratch);
        int fields = fields();
        // one object per value key and one typed leaf: about 4,000 fields, under the raised limit
        assertTrue(fields > 4000 && fields <= IndexMapping.FIELD_LIMIT, "two fields per value: " + fields);
        assertEquals(1, count(range("v.attr_1999|-|-.number", 12)), "the last attribute is filterable");
        assertEquals(0, count(range("v.attr_1999|-|-.number", 13)));
    }

    @Test
    void aCatalogBeyondTheFieldLimitStillIndexesEveryDocument() {
        ObjectNode settings = json.createObjectNode().put("index.mapping.total_fields.limit", 500);
        cluster.call("PUT", "/" + scratch + "/_settings", settings).orFail("lower the limit");
        ReadStructure structure = structure(2000);
        DocumentWriter.Outcome outcome = writer.write(scratch, false, List.of(document("big", 1, structure,
                "Huge"), document("other", 1, structure, "Autre")), List.of(), structure);
        assertEquals(2, outcome.written(), "values past the limit are left unsearchable, the documents are kept: "
                + outcome);
        index.refresh(scratch);
        assertTrue(fields() <= 500, "the limit holds: " + fields());
        ObjectNode byIdentifier = json.createObjectNode();
        byIdentifier.putObject("term").put("identifier", "sku-big");
        assertEquals(1, count(byIdentifier));
    }

    private int fields() {
        JsonNode mapping = cluster.call("GET", "/" + scratch + "/_mapping", null).orFail("mapping").body();
        return countFields(mapping.path(scratch).path("mappings").path("properties"));
    }

    private ObjectNode range(String field, double from) {
        ObjectNode query = json.createObjectNode();
        query.putObject("range").putObject(field).put("gte", from);
        return query;
    }

    private int count(ObjectNode query) {
        ObjectNode body = json.createObjectNode();
        body.set("query", query);
        JsonNode hits = cluster.call("POST", "/" + scratch + "/_search", body).orFail("search").body();
        return hits.path("hits").path("total").path("value").asInt();
    }

    @Test
    void anOlderVersionNeverOverwritesANewerDocument() {
        ReadStructure structure = structure(3);
        assertEquals(1, writer.write(scratch, false, List.of(document("p", 5, structure, "Five")), List.of(),
                structure).written());
        DocumentWriter.Outcome older = writer.write(scratch, false, List.of(document("p", 3, structure, "Three")),
                List.of(), structure);
        assertEquals(1, older.older());
        JsonNode stored = cluster.call("GET", "/" + scratch + "/_doc/p", null).orFail("get").body();
        assertEquals(5, stored.path("_version").asLong());
        assertEquals("Five", stored.path("_source").path("display").path("labels").path("en_US").asText());

        assertEquals(1, writer.write(scratch, false, List.of(), List.of(new DocumentWriter.Deletion("p", 4L)),
                structure).older(), "a deletion older than the document is refused too");
        assertEquals(1, writer.write(scratch, false, List.of(document("p", 5, structure, "Five again")), List.of(),
                structure).written(), "the same version may be written again (inherited values changed)");
        assertEquals(1, writer.write(scratch, false, List.of(), List.of(new DocumentWriter.Deletion("p", 6L)),
                structure).written());
        assertEquals(404, cluster.call("GET", "/" + scratch + "/_doc/p", null).status());
        assertEquals(1, writer.write(scratch, false, List.of(document("p", 5, structure, "Late")), List.of(),
                structure).older(), "a late event after the deletion does not bring the document back");
    }
}
