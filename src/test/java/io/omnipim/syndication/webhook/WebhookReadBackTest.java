package io.omnipim.syndication.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The consistency report of a webhook connector with {@code delivery.read_url} asks the shop what it holds (a
 * signed GET per product) instead of trusting what was delivered: a price changed in the shop's back office and a
 * product the shop lost show up, and a full run repairs both; without a read URL it says it compared with the last
 * delivered payloads.
 */
@QuarkusTest
class WebhookReadBackTest {

    private static final String YAML = """
            code: %s
            label: Boutique — relecture
            type: webhook
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            selection:
              enabled: [{operator: "=", value: true}]
              identifier: [{operator: IN, value: [%s]}]
            fields:
              - {target: sku, property: identifier}
              - {target: name, source: name}
              - {target: price, source: price}
            delivery:
              url: "%s"
              secret: ${%s}
              %s
            """;

    private TestReceiver shop;

    @BeforeAll
    static void secret() {
        System.setProperty(WebhookDeliveryTest.SECRET_VARIABLE, WebhookDeliveryTest.SECRET);
    }

    @BeforeEach
    void start() throws Exception {
        CatalogFixtures.ensure();
        shop = new TestReceiver();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void consistencyReadsTheShopsCopyAndFindsWhatChangedThere() {
        String boots = WebhookDeliveryTest.shoe("Bottines fourrées", "149.00");
        String espadrilles = WebhookDeliveryTest.shoe("Espadrilles tressées", "35.00");
        String code = connector(List.of(boots, espadrilles), "read_url: \"" + shop.readUrl() + "\"");
        WebhookDeliveryTest.run(code, "full");
        JsonPath clean = consistency(code);
        assertThat(clean.getString("source")).isEqualTo("channel");
        assertThat(clean.getString("source_detail")).contains("/pim/products/{identifier}");
        assertThat(clean.getInt("consistent")).isEqualTo(2);
        assertThat(shop.readSignatures).isNotEmpty().allSatisfy(s -> assertThat(s).matches("t=\\d+,v1=[0-9a-f]{64}"));

        ((ObjectNode) shop.held.get(boots)).put("price", "99.00");
        shop.held.remove(espadrilles);
        JsonPath drift = consistency(code);
        assertThat(drift.getInt("stale_count")).isEqualTo(1);
        assertThat(drift.getString("stale[0].identifier")).isEqualTo(boots);
        assertThat(drift.getString("stale[0].fields[0].field")).isEqualTo("price");
        assertThat(drift.getString("stale[0].fields[0].channel")).isEqualTo("99.00");
        assertThat(drift.getString("stale[0].fields[0].catalog")).isEqualTo("149.00");
        assertThat(drift.getList("missing.identifier", String.class)).containsExactly(espadrilles);

        WebhookDeliveryTest.run(code, "full");
        JsonPath repaired = consistency(code);
        assertThat(repaired.getInt("consistent")).isEqualTo(2);
        assertThat(repaired.getInt("stale_count") + repaired.getInt("missing_count")).isZero();
    }

    @Test
    void withoutAReadUrlTheReportSaysItComparedWithTheLastDeliveredPayloads() {
        String boots = WebhookDeliveryTest.shoe("Bottes cavalières", "189.00");
        String code = connector(List.of(boots), "");
        WebhookDeliveryTest.run(code, "full");
        shop.held.clear();
        JsonPath report = consistency(code);
        assertThat(report.getString("source")).isEqualTo("last_delivered");
        assertThat(report.getString("source_detail")).contains("delivery.read_url");
        assertThat(report.getInt("consistent")).isEqualTo(1);
    }

    private String connector(List<String> identifiers, String readUrl) {
        String code = Products.sku("readback").toLowerCase().replace('-', '_');
        String body = String.format(YAML, code, String.join(", ", identifiers), shop.url(),
                WebhookDeliveryTest.SECRET_VARIABLE, readUrl);
        Api.as("admin").contentType("application/yaml; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .put("/api/rest/v1/connectors/" + code).then().statusCode(201);
        return code;
    }

    private static JsonPath consistency(String code) {
        return Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/consistency").then().statusCode(200)
                .extract().jsonPath();
    }
}
