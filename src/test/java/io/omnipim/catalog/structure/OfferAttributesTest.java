package io.omnipim.catalog.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

/** The offer attributes every catalog has, created at start, never changed once they exist. */
@QuarkusTest
class OfferAttributesTest {

    @Inject
    OfferAttributes offers;

    @Test
    void theOfferAttributesExistWithTheirOptionsAndLabels() {
        Api.as("viewer").get("/api/rest/v1/attributes/availability").then().statusCode(200)
                .body("type", equalTo("pim_catalog_simpleselect")).body("group", equalTo("offer"))
                .body("localizable", equalTo(false)).body("scopable", equalTo(false))
                .body("labels.de_DE", equalTo("Verfügbarkeit"));
        Api.as("viewer").get("/api/rest/v1/attributes/availability/options").then().statusCode(200)
                .body("_embedded.items.code", hasItems("in_stock", "out_of_stock", "preorder", "backorder"));
        Api.as("viewer").get("/api/rest/v1/attributes/condition/options/refurbished").then().statusCode(200)
                .body("labels.fr_FR", equalTo("Reconditionné"));
        Api.as("viewer").get("/api/rest/v1/attributes/gtin").then().statusCode(200)
                .body("unique", equalTo(true)).body("validation_rule", equalTo("gtin"));
        Api.as("viewer").get("/api/rest/v1/attribute-groups/offer").then().statusCode(200)
                .body("labels.fr_FR", equalTo("Offre"))
                .body("attributes", hasItems("sale_price", "sale_start_date", "sale_end_date", "delivery_delay_days",
                        "mpn"));
    }

    @Test
    void anExistingAttributeIsNeverChanged() {
        Api.as("manager").body(Map.of("labels", Map.of("fr_FR", "Délai d'expédition (jours)")))
                .patch("/api/rest/v1/attributes/delivery_delay_days").then().statusCode(204);
        assertThat(offers.ensure()).isEmpty();
        Api.as("viewer").get("/api/rest/v1/attributes/delivery_delay_days").then().statusCode(200)
                .body("labels.fr_FR", equalTo("Délai d'expédition (jours)"));
    }
}
