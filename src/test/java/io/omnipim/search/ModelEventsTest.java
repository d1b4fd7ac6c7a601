package io.omnipim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.platform.outbox.OutboxReader.StoredEvent;
import io.omnipim.search.indexer.ChangeApplier;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a product model's event re-indexes: a changed model passes its change down to its variants, a model just
 * created does not (its variants were created after it and come with events of their own), so a bulk load of
 * models and variants indexes each variant once.
 */
@QuarkusTest
class ModelEventsTest {

    @Inject
    ChangeApplier applier;

    private String model;
    private String variantUuid;

    @BeforeEach
    void modelWithAVariant() {
        CatalogFixtures.ensure();
        model = Products.sku("evt_tee").replace('-', '_');
        Api.as("editor").body(Map.of("code", model, "family_variant", "clothing_color_size", "values", Map.of(
                "name", List.of(Products.value("fr_FR", null, "T-shirt en coton")))))
                .post("/api/rest/v1/product-models").then().statusCode(201);
        Api.as("editor").body(Map.of("code", model + "_blue", "parent", model, "values", Map.of("color", List.of(
                Products.value(null, null, "blue"))))).post("/api/rest/v1/product-models").then().statusCode(201);
        String variant = Products.sku("evt-tee-m");
        Api.as("editor").body(Map.of("identifier", variant, "parent", model + "_blue", "values", Map.of("size",
                List.of(Products.value(null, null, "m"))))).post("/api/rest/v1/products").then().statusCode(201);
        variantUuid = Api.as("viewer").get("/api/rest/v1/products/" + variant).then().statusCode(200).extract()
                .path("uuid");
    }

    @Test
    void aChangedModelReindexesItsSubModelsAndVariants() {
        ChangeApplier.Prepared prepared = applier.prepare(List.of(event("updated")), "pim_catalog", true);
        assertTrue(products(prepared).contains(variantUuid), prepared.toString());
        assertTrue(prepared.models().containsAll(List.of(model, model + "_blue")), prepared.models().toString());
    }

    @Test
    void aCreatedModelReindexesOnlyItself() {
        ChangeApplier.Prepared prepared = applier.prepare(List.of(event("created")), "pim_catalog", true);
        assertEquals(List.of(), products(prepared));
        assertEquals(List.of(model), prepared.models());
    }

    private StoredEvent event(String action) {
        return new StoredEvent(1, "1", IndexDocument.PRODUCT_MODEL, model, 2, "{\"action\":\"" + action + "\"}",
                OffsetDateTime.now());
    }

    private static List<String> products(ChangeApplier.Prepared prepared) {
        List<String> out = new ArrayList<>(prepared.laterProducts());
        prepared.firstDocuments().forEach(d -> out.add(d.id()));
        return out;
    }
}
