package io.omnipim.syndication.webhook;

import static io.omnipim.syndication.webhook.WebhookDeliveryTest.connector;
import static io.omnipim.syndication.webhook.WebhookDeliveryTest.price;
import static io.omnipim.syndication.webhook.WebhookDeliveryTest.run;
import static io.omnipim.syndication.webhook.WebhookDeliveryTest.shoe;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A delta run after a complete delivery looks only at the products changed since (so it stays fast in a large
 * catalog), still finds removals, and compares everything again once the structure changed.
 */
@QuarkusTest
class WebhookDeltaTest {

    @Inject
    AgroalDataSource dataSource;

    private TestReceiver receiver;

    @BeforeAll
    static void secret() {
        System.setProperty(WebhookDeliveryTest.SECRET_VARIABLE, WebhookDeliveryTest.SECRET);
    }

    @BeforeEach
    void start() throws Exception {
        CatalogFixtures.ensure();
        receiver = new TestReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aDeltaLooksOnlyAtProductsChangedSinceTheLastCompleteDelivery() throws Exception {
        String boots = shoe("Bottines fourrées", "139.00");
        String clogs = shoe("Sabots en bois", "45.00");
        String slippers = shoe("Pantoufles à carreaux", "29.90");
        String code = connector(List.of(boots, clogs, slippers), false, receiver.url(),
                WebhookDeliveryTest.SECRET_VARIABLE);
        assertThat(run(code, "full").getBoolean("result.delivered")).isTrue();
        markDeliveredNow(code);

        price(boots, "129.00");
        JsonPath delta = run(code, "delta");
        assertThat(delta.getString("result.compared")).isEqualTo("changed since the last complete delivery");
        assertThat(delta.getInt("result.candidates")).isEqualTo(1);
        assertThat(delta.getMap("counts")).containsEntry("sent", 1).containsEntry("unchanged", 0);
        markDeliveredNow(code);

        Api.as("admin").delete("/api/rest/v1/products/" + clogs).then().statusCode(204);
        JsonPath removal = run(code, "delta");
        assertThat(removal.getInt("result.candidates")).isEqualTo(1);
        assertThat(removal.getMap("counts")).containsEntry("removed", 1).containsEntry("sent", 0);
    }

    @Test
    void aStructureChangeMakesTheNextDeltaCompareEveryProduct() throws Exception {
        String boots = shoe("Gummistiefel", "35.00");
        String code = connector(List.of(boots), false, receiver.url(), WebhookDeliveryTest.SECRET_VARIABLE);
        run(code, "full");
        markDeliveredNow(code);

        Api.as("admin").body(Map.of("labels", Map.of("de_DE", "Schuhe " + System.nanoTime())))
                .patch("/api/rest/v1/families/shoes").then().statusCode(204);
        JsonPath delta = run(code, "delta");
        assertThat(delta.getString("result.compared")).isEqualTo("every selected product");
        assertThat(delta.getMap("counts")).containsEntry("unchanged", 1);
    }

    /** As if the last delivery had happened well after these products were written. */
    private void markDeliveredNow(String code) {
        assertThat(Sql.update(dataSource, "UPDATE syndication_watermark SET since = now() WHERE connector = ?", code))
                .as("watermark of " + code).isEqualTo(1);
    }
}
