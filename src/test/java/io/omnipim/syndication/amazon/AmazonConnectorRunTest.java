package io.omnipim.syndication.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An {@code amazon-sp-api} connector run end to end against the fake SP-API: a full run sends UPDATE and records
 * what Amazon accepted, a price-only change goes as a PARTIAL_UPDATE of that SKU alone, a disabled product as a
 * DELETE, Amazon's per-SKU errors show on the run (and that SKU is sent again), a FATAL feed fails the run, and the
 * consistency report reads Amazon's listings back and finds a price changed on Amazon's side until a full run.
 */
@QuarkusTest
class AmazonConnectorRunTest {

    static final String SECRET_VARIABLE = "OMNIPIM_TEST_AMAZON_CLIENT_SECRET";
    static final String REFRESH_VARIABLE = "OMNIPIM_TEST_AMAZON_REFRESH_TOKEN";

    private static final String YAML = """
            code: %s
            label: Amazon.fr — test des exécutions
            type: amazon-sp-api
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            selection:
              enabled: [{operator: "=", value: true}]
              identifier: [{operator: IN, value: [%s]}]
            fields:
              - {target: product_type, constant: SHOES}
              - {target: item_name, source: name}
              - {target: brand, source: brand, transforms: [option_label]}
              - {target: bullet_point, constant: "Cuir pleine fleur, semelle cousue"}
              - {target: our_price, source: price}
              - {target: quantity, source: stock_quantity}
            on_change: %s
            delivery:
              seller_id: %s
              marketplace_id: A13V1IB3VIYZZH
              endpoint: "%s"
              token_endpoint: "%s/auth/o2/token"
              client_id: %s
              client_secret: ${%s}
              refresh_token: ${%s}
            """;

    private static FakeSpApi amazon;

    @BeforeAll
    static void startFakeAmazon() throws Exception {
        amazon = new FakeSpApi(Clock.systemUTC(), AmazonFixtures.SELLER);
        System.setProperty(SECRET_VARIABLE, FakeSpApi.CLIENT_SECRET);
        System.setProperty(REFRESH_VARIABLE, FakeSpApi.REFRESH_TOKEN);
    }

    @AfterAll
    static void stopFakeAmazon() {
        amazon.close();
    }

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void fullThenOfferOnlyDeltaThenRemovalGoAsUpdatePartialUpdateAndDelete() throws Exception {
        String boots = shoe("Bottines en cuir", "alpenglueck", "129.00", 12);
        String sandals = shoe("Sandales d'été", "elan_vital", "49.90", 30);
        String code = connector(List.of(boots, sandals), AmazonFixtures.SELLER, SECRET_VARIABLE);
        amazon.throttleNextCreateFeeds(1);

        List<JsonNode> full = feedsOf(() -> run(code, "full", false), 1);
        assertThat(full.get(0).at("/header/sellerId").asText()).isEqualTo(AmazonFixtures.SELLER);
        assertThat(operations(full)).containsOnly(Map.entry(boots, "UPDATE"), Map.entry(sandals, "UPDATE"));
        assertThat(amazon.processor().listing(boots).at("/item_name/0/value").asText()).isEqualTo("Bottines en cuir");
        assertThat(amazon.processor().listing(boots).at("/item_name/0/language_tag").asText()).isEqualTo("fr_FR");

        JsonPath unchanged = run(code, "delta", false);
        assertThat(unchanged.getMap("counts")).containsEntry("sent", 0).containsEntry("unchanged", 2);

        price(boots, "119.00");
        List<JsonNode> delta = feedsOf(() -> assertThat(run(code, "delta", false).getMap("counts"))
                .containsEntry("sent", 1).containsEntry("unchanged", 1), 1);
        assertThat(operations(delta)).containsOnly(Map.entry(boots, "PARTIAL_UPDATE"));
        assertThat(delta.get(0).at("/messages/0/attributes").has("item_name")).isFalse();
        assertThat(amazon.processor().listing(boots).at("/purchasable_offer/0/our_price/0/schedule/0/value_with_tax")
                .decimalValue()).isEqualByComparingTo("119.00");
        assertThat(amazon.processor().listing(boots).at("/item_name/0/value").asText()).isEqualTo("Bottines en cuir");

        feedsOf(() -> assertThat(run(code, "delta", true).getString("message")).startsWith("Dry run"), 0);

        Api.as("editor").body(Map.of("enabled", false)).patch("/api/rest/v1/products/" + sandals).then()
                .statusCode(204);
        List<JsonNode> removal = feedsOf(() -> assertThat(run(code, "delta", false).getMap("counts"))
                .containsEntry("removed", 1).containsEntry("sent", 0), 1);
        assertThat(operations(removal)).containsOnly(Map.entry(sandals, "DELETE"));
        assertThat(amazon.processor().listing(sandals)).isNull();
    }

    @Test
    void amazonsErrorForOneSkuShowsOnTheRunAndThatSkuIsNotRecordedAsDelivered() throws Exception {
        String boots = shoe("Derbies à bout fleuri", "alpenglueck", "139.00", 8);
        String noBrand = shoe("Mocassins sans marque", null, "79.00", 5);
        String code = connector(List.of(boots, noBrand), AmazonFixtures.SELLER, SECRET_VARIABLE);

        JsonPath run = run(code, "full", false);
        assertThat(run.getString("status")).isEqualTo("done");
        assertThat(run.getMap("counts")).containsEntry("sent", 2).containsEntry("failed", 1);
        assertThat(run.getInt("result.rejected")).isEqualTo(1);
        assertThat(run.getString("message")).contains("1 refused by the channel");
        Map<String, Object> error = run.getMap("errors.find { it.identifier == '" + noBrand + "' }");
        assertThat(error).containsEntry("property", "brand");
        assertThat(error.get("message").toString()).contains("90220")
                .contains("'[brand]' est obligatoire mais n'a pas été fourni.");
        assertThat(run.getList("errors.identifier", String.class)).doesNotContain(boots);
        assertThat(amazon.processor().listing(noBrand)).isNull();

        List<JsonNode> again = feedsOf(() -> assertThat(run(code, "delta", false).getMap("counts"))
                .containsEntry("sent", 1).containsEntry("unchanged", 1), 1);
        assertThat(operations(again)).containsOnly(Map.entry(noBrand, "UPDATE"));
    }

    @Test
    void aFatalFeedFailsTheRunAndAnUnsetSecretDeliversNothing() {
        String boots = shoe("Bottes de pluie", "elan_vital", "39.00", 40);
        String otherSeller = connector(List.of(boots), "A3OTHERSELLER9", SECRET_VARIABLE);
        JsonPath fatal = run(otherSeller, "full", false);
        assertThat(fatal.getString("status")).isEqualTo("failed");
        assertThat(fatal.getString("message")).contains("FATAL").contains("does not match the selling partner")
                .contains("run the connector again");

        String unset = connector(List.of(boots), AmazonFixtures.SELLER, "OMNIPIM_TEST_AMAZON_UNSET");
        JsonPath blocked = run(unset, "full", false);
        assertThat(blocked.getString("status")).isEqualTo("done");
        assertThat(blocked.getString("message")).startsWith("Not delivered").contains("OMNIPIM_TEST_AMAZON_UNSET");
    }

    @Test
    void consistencyReadsAmazonsListingsFindsAPriceChangedThereAndAFullRunRepairsIt() {
        String boots = shoe("Boots Chelsea", "alpenglueck", "159.00", 7);
        String clogs = shoe("Sabots en bois", "elan_vital", "59.00", 3);
        String code = connector(List.of(boots, clogs), AmazonFixtures.SELLER, SECRET_VARIABLE);
        run(code, "full", false);
        JsonPath clean = consistency(code);
        assertThat(clean.getString("source")).isEqualTo("channel");
        assertThat(clean.getString("source_detail")).contains("searchListingsItems");
        assertThat(clean.getInt("consistent")).isEqualTo(2);

        amazon.processor().edit(boots, listing -> ((com.fasterxml.jackson.databind.node.ObjectNode) listing
                .at("/purchasable_offer/0/our_price/0/schedule/0")).put("value_with_tax", 99.0));
        amazon.processor().forget(clogs);
        amazon.listings().throttledReads.set(1);
        JsonPath drift = consistency(code);
        assertThat(drift.getInt("stale_count")).isEqualTo(1);
        assertThat(drift.getString("stale[0].identifier")).isEqualTo(boots);
        assertThat(drift.getString("stale[0].fields[0].field")).isEqualTo("our_price");
        assertThat(drift.getString("stale[0].fields[0].channel")).isEqualTo("99.00");
        assertThat(drift.getString("stale[0].fields[0].catalog")).isEqualTo("159.00");
        assertThat(drift.getInt("missing_count")).isEqualTo(1);
        assertThat(drift.getString("missing[0].identifier")).isEqualTo(clogs);

        run(code, "full", false);
        JsonPath repaired = consistency(code);
        assertThat(repaired.getInt("consistent")).isEqualTo(2);
        assertThat(repaired.getInt("stale_count") + repaired.getInt("missing_count")
                + repaired.getInt("unexpected_count")).isZero();
    }

    @Test
    void onChangeAPriceEditReachesAmazonAsAPartialUpdateWithoutARun() throws Exception {
        String boots = shoe("Bottines Chelsea daim", "alpenglueck", "169.00", 9);
        String code = connector(List.of(boots), AmazonFixtures.SELLER, SECRET_VARIABLE, true);
        run(code, "full", false);
        int before = amazon.uploadedFeeds().size();
        price(boots, "149.00");
        JsonNode listing = null;
        for (int i = 0; i < 150; i++) {
            Thread.sleep(100);
            listing = amazon.processor().listing(boots);
            if (listing.at("/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue()
                    .compareTo(new java.math.BigDecimal("149.00")) == 0) {
                break;
            }
        }
        assertThat(listing.at("/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("149.00");
        List<JsonNode> sent = amazon.uploadedFeeds().subList(before, amazon.uploadedFeeds().size());
        assertThat(operations(sent)).containsOnly(Map.entry(boots, "PARTIAL_UPDATE"));
        for (int i = 0; i < 50 && !run(code, "delta", false).getMap("counts").get("unchanged").equals(1); i++) {
            Thread.sleep(100); // the state is recorded once Amazon's report is read
        }
        assertThat(run(code, "delta", false).getMap("counts")).containsEntry("sent", 0).containsEntry("unchanged", 1);
    }

    /** The feeds Amazon received while {@code action} ran; there must be {@code expected} of them. */
    private static List<JsonNode> feedsOf(Runnable action, int expected) throws Exception {
        int before = amazon.uploadedFeeds().size();
        action.run();
        List<JsonNode> all = amazon.uploadedFeeds();
        assertThat(all).hasSize(before + expected);
        return new ArrayList<>(all.subList(before, all.size()));
    }

    private static Map<String, String> operations(List<JsonNode> feeds) {
        Map<String, String> out = new HashMap<>();
        feeds.forEach(f -> f.path("messages").forEach(m -> out.put(m.path("sku").asText(),
                m.path("operationType").asText())));
        return out;
    }

    static String shoe(String name, String brand, String price, int stock) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", List.of(Products.value("fr_FR", null, name)));
        if (brand != null) {
            values.put("brand", List.of(Products.value(null, null, brand)));
        }
        values.put("price", List.of(Products.value(null, null, List.of(Map.of("amount", price, "currency", "EUR")))));
        values.put("stock_quantity", List.of(Products.value(null, null, stock)));
        return Products.create("shoes", values);
    }

    static void price(String identifier, String amount) {
        Api.as("editor").body(Map.of("values", Map.of("price", List.of(Products.value(null, null,
                List.of(Map.of("amount", amount, "currency", "EUR")))))))
                .patch("/api/rest/v1/products/" + identifier).then().statusCode(204);
    }

    private static String connector(List<String> identifiers, String seller, String secretVariable) {
        return connector(identifiers, seller, secretVariable, false);
    }

    private static String connector(List<String> identifiers, String seller, String secretVariable,
            boolean onChange) {
        String code = Products.sku("amazon").toLowerCase().replace('-', '_');
        String body = String.format(YAML, code, String.join(", ", identifiers), onChange, seller, amazon.endpoint(),
                amazon.endpoint(), FakeSpApi.CLIENT_ID, secretVariable, REFRESH_VARIABLE);
        Api.as("admin").contentType("application/yaml; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .put("/api/rest/v1/connectors/" + code).then().statusCode(201);
        return code;
    }

    private static JsonPath consistency(String code) {
        return Api.as("viewer").get("/api/rest/v1/connectors/" + code + "/consistency").then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath run(String code, String mode, boolean dryRun) {
        String id = Api.as("manager").queryParam("mode", mode).queryParam("dry_run", dryRun)
                .post("/api/rest/v1/connectors/" + code + "/runs").then().statusCode(202).extract().path("id");
        return Jobs.awaitJob("/api/rest/v1/connectors/" + code + "/runs/" + id);
    }
}
