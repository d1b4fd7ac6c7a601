package io.omnipim.syndication.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The shop's webhook end to end against a local receiver: signed batches, deltas and deletes, a receiver that fails
 * then recovers (nothing lost), a receiver that stays down (dead letter), an unset secret, and on-change delivery of
 * a price within 5 s.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String SECRET_VARIABLE = "OMNIPIM_TEST_WEBHOOK_SECRET";
    static final String SECRET = "s3cr3t-de-la-boutique";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String YAML = """
            code: %s
            label: Boutique — webhook de test
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
            on_change: %s
            delivery:
              url: "%s"
              secret: ${%s}
              batch_size: 2
            """;

    private TestReceiver receiver;

    @BeforeAll
    static void secret() {
        System.setProperty(SECRET_VARIABLE, SECRET);
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
    void aFullRunDeliversSignedBatchesAndADeltaOnlyWhatChangedAndRemovals() throws Exception {
        String boots = shoe("Bottines en cuir", "129.00");
        String sandals = shoe("Sandales d'été", "49.90");
        String mules = shoe("Mules à talon", "65.00");
        String code = connector(List.of(boots, sandals, mules), false, receiver.url(), SECRET_VARIABLE);

        JsonPath full = run(code, "full");
        assertThat(full.getString("status")).isEqualTo("done");
        assertThat(full.getMap("counts")).containsEntry("selected", 3).containsEntry("sent", 3);
        assertThat(full.getBoolean("result.delivered")).isTrue();
        assertThat(receiver.requests).hasSize(2);
        for (TestReceiver.Received r : receiver.requests) {
            assertSigned(r);
            assertThat(r.idempotencyKey()).matches("[0-9a-f]{64}");
            assertThat(JSON.readTree(r.body()).path("connector").asText()).isEqualTo(code);
        }
        Map<String, JsonNode> sent = items();
        assertThat(sent).containsOnlyKeys(boots, sandals, mules);
        assertThat(sent.get(sandals).path("action").asText()).isEqualTo("upsert");
        assertThat(sent.get(sandals).path("payload").path("name").asText()).isEqualTo("Sandales d'été");
        assertThat(sent.get(boots).path("payload").path("price").asText()).isEqualTo("129.00");

        receiver.requests.clear();
        assertThat(run(code, "delta").getMap("counts")).containsEntry("sent", 0).containsEntry("unchanged", 3);
        assertThat(receiver.requests).isEmpty();

        price(boots, "119.00");
        JsonPath delta = run(code, "delta");
        assertThat(delta.getMap("counts")).containsEntry("sent", 1).containsEntry("unchanged", 2);
        assertThat(items()).containsOnlyKeys(boots);
        assertThat(items().get(boots).path("payload").path("price").asText()).isEqualTo("119.00");

        receiver.requests.clear();
        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + sandals).then()
                .statusCode(204);
        JsonPath removal = run(code, "delta");
        assertThat(removal.getMap("counts")).containsEntry("removed", 1).containsEntry("sent", 0);
        assertThat(items()).containsOnlyKeys(sandals);
        assertThat(items().get(sandals).path("action").asText()).isEqualTo("delete");
        assertThat(items().get(sandals).has("payload")).isFalse();
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsEverythingThroughRetries() throws Exception {
        String boots = shoe("Stiefel aus Leder", "149.00");
        String sandals = shoe("Sandalen", "39.90");
        String code = connector(List.of(boots, sandals), false, receiver.url(), SECRET_VARIABLE);
        receiver.failuresLeft.set(2);

        JsonPath run = run(code, "full");
        assertThat(run.getBoolean("result.delivered")).isTrue();
        assertThat(run.getInt("result.batches_dead")).isZero();
        assertThat(receiver.requests).hasSize(3);
        assertThat(receiver.requests.stream().map(TestReceiver.Received::idempotencyKey).distinct()).hasSize(1);
        assertThat(items()).containsOnlyKeys(boots, sandals);

        receiver.requests.clear();
        assertThat(run(code, "delta").getMap("counts")).containsEntry("sent", 0);
        assertThat(receiver.requests).isEmpty();
    }

    @Test
    void aReceiverDownBeyondTheRetryWindowLeavesADeadLetter() throws Exception {
        String boots = shoe("Bottes de pluie", "39.00");
        String url = receiver.url();
        receiver.close();
        String code = connector(List.of(boots), false, url, SECRET_VARIABLE);

        JsonPath run = run(code, "full");
        assertThat(run.getInt("result.batches_dead")).isEqualTo(1);
        assertThat(run.getMap("counts")).containsEntry("failed", 1);
        assertThat(run.getString("message")).contains("1 dead-lettered");
        assertThat(run.getList("errors.message", String.class)).anySatisfy(m -> assertThat(m)
                .startsWith("Dead letter").contains("not reachable"));
        List<Map<String, Object>> dead = Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("last_error").toString()).contains("not reachable");
        assertThat(dead.get(0).get("body").toString()).contains(boots);
        // never acknowledged: the next delta sends it again
        assertThat(run(code, "delta").getMap("counts")).containsEntry("sent", 1);
    }

    @Test
    void aConnectorWhoseSecretIsNotSetDeliversNothingAndSaysWhy() {
        String boots = shoe("Derbies", "89.00");
        String code = connector(List.of(boots), false, receiver.url(), "OMNIPIM_TEST_UNSET_SECRET");
        JsonPath run = run(code, "full");
        assertThat(run.getString("status")).isEqualTo("done");
        assertThat(run.getString("message")).startsWith("Not delivered").contains("OMNIPIM_TEST_UNSET_SECRET");
        assertThat(receiver.requests).isEmpty();
    }

    @Test
    void aPriceChangeReachesTheReceiverWithinFiveSeconds() throws Exception {
        String boots = shoe("Chelsea boots", "159.00");
        String code = connector(List.of(boots), true, receiver.url(), SECRET_VARIABLE);
        run(code, "full");
        long start = System.nanoTime();
        price(boots, "139.00");
        JsonNode received = null;
        while (received == null && System.nanoTime() - start < 8_000_000_000L) {
            Thread.sleep(50);
            received = items().get(boots);
            if (received != null && !"139.00".equals(received.path("payload").path("price").asText())) {
                received = null;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(received).as("the price change reached the receiver").isNotNull();
        assertThat(millis).isLessThan(5000);
        assertSigned(receiver.acknowledged().get(receiver.acknowledged().size() - 1));
    }

    /** Every item the receiver acknowledged, by sku (the latest wins). */
    private Map<String, JsonNode> items() throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        for (TestReceiver.Received r : new ArrayList<>(receiver.acknowledged())) {
            JSON.readTree(r.body()).path("items").forEach(i -> out.put(i.path("id").asText(), i));
        }
        return out;
    }

    /** Recomputes the HMAC as a shop would, independently of the server's code. */
    private static void assertSigned(TestReceiver.Received r) throws Exception {
        assertThat(r.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = r.signature().substring(2, r.signature().indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(r.signature()).endsWith(",v1=" + expected);
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t))).isLessThan(60);
    }

    static String shoe(String name, String price) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", List.of(Products.value("fr_FR", null, name)));
        values.put("price", List.of(Products.value(null, null, List.of(Map.of("amount", price, "currency", "EUR")))));
        return Products.create("shoes", values);
    }

    static void price(String identifier, String amount) {
        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", amount, "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + identifier).then().statusCode(204);
    }

    static String connector(List<String> identifiers, boolean onChange, String url, String variable) {
        String code = Products.sku("hook").toLowerCase().replace('-', '_');
        String body = String.format(YAML, code, String.join(", ", identifiers), onChange, url, variable);
        Api.as("admin").contentType("application/yaml; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .put("/api/rest/v1/connectors/" + code).then().statusCode(201);
        return code;
    }

    static JsonPath run(String code, String mode) {
        String id = Api.as("manager").queryParam("mode", mode).post("/api/rest/v1/connectors/" + code + "/runs")
                .then().statusCode(202).extract().path("id");
        return Jobs.awaitJob("/api/rest/v1/connectors/" + code + "/runs/" + id);
    }
}
