package io.omnipim.syndication.amazon;

import static io.omnipim.syndication.amazon.AmazonFixtures.FRANCE;
import static io.omnipim.syndication.amazon.AmazonFixtures.GERMANY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ListingsFeedBuilderTest {

    /** Prices stay as written (89.99, 14.90), not as doubles. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void feedMatchesTheGoldenFile() throws IOException {
        String feed = write(FRANCE, AmazonFixtures.sprintEarbuds(), AmazonFixtures.runningSocks(),
                AmazonFixtures.silverWatchSoldOut(), AmazonFixtures.usedLaptopRemoved());

        Path actual = Path.of("target", "listings-feed-fr.actual.json");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(feed)));
        try (InputStream golden = getClass().getResourceAsStream("/syndication/amazon/listings-feed-fr.json")) {
            assertThat(JSON.readTree(feed)).as("feed written to %s", actual).isEqualTo(JSON.readTree(golden));
        }
    }

    @Test
    void offerOnlyChangeSendsAPartialUpdateWithJustPriceAndStock() throws IOException {
        JsonNode message = messages(write(FRANCE, AmazonFixtures.silverWatchSoldOut())).get(0);

        assertThat(message.path("operationType").asText()).isEqualTo("PARTIAL_UPDATE");
        assertThat(message.path("productType").asText()).isEqualTo("WATCH");
        assertThat(fieldNames(message.path("attributes")))
                .containsExactly("purchasable_offer", "fulfillment_availability");
        assertThat(message.at("/attributes/fulfillment_availability/0/quantity").asInt()).isZero();
        assertThat(message.at("/attributes/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("279.00");
    }

    @Test
    void removalSendsADeleteNamingOnlyTheSku() throws IOException {
        JsonNode message = messages(write(FRANCE, AmazonFixtures.usedLaptopRemoved())).get(0);

        assertThat(fieldNames(message)).containsExactly("messageId", "sku", "operationType");
        assertThat(message.path("operationType").asText()).isEqualTo("DELETE");
        assertThat(message.path("sku").asText()).isEqualTo("ORB-AIR13-256-USED");
    }

    @Test
    void germanConnectorTagsTextInGermanForAmazonDe() throws IOException {
        String feed = write(GERMANY, AmazonFixtures.lambswoolScarfInGerman());
        JsonNode root = JSON.readTree(feed);

        assertThat(root.at("/header/issueLocale").asText()).isEqualTo("de_DE");
        JsonNode name = root.at("/messages/0/attributes/item_name/0");
        assertThat(name.path("value").asText()).isEqualTo("Großer Lammwollschal");
        assertThat(name.path("language_tag").asText()).isEqualTo("de_DE");
        assertThat(name.path("marketplace_id").asText()).isEqualTo("A1PA6795UKMFR9");
        assertThat(root.at("/messages/0/attributes/brand/0/value").asText()).isEqualTo("Maison Lérac");
        assertThat(feed).contains("200 × 70 cm");
    }

    @Test
    void attributeAlreadyInAmazonsShapeIsSentAsItIs() throws IOException {
        Map<String, Object> relationship = Map.of("child_relationship_type", "variation", "parent_sku",
                "tshirt_essential_white", "marketplace_id", ListingTarget.AMAZON_FR);
        AmazonListing variant = withField(AmazonFixtures.tshirtWithoutBrand(), "child_parent_sku_relationship",
                List.of(relationship));

        JsonNode attributes = messages(write(FRANCE, variant)).get(0).path("attributes");

        assertThat(attributes.path("child_parent_sku_relationship")).isEqualTo(JSON.valueToTree(List.of(relationship)));
    }

    @Test
    void identifierTypeFollowsTheGtinLength() {
        assertThat(ListingAttributes.identifierType("3760289000173")).isEqualTo("ean");
        assertThat(ListingAttributes.identifierType("012345678905")).isEqualTo("upc");
        assertThat(ListingAttributes.identifierType("13760289000170")).isEqualTo("gtin");
    }

    @Test
    void unreadablePriceIsReportedAndTheProductNotSent() throws IOException {
        AmazonListing typo = withField(AmazonFixtures.runningSocks(), "our_price", "14,9O");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FeedPart part = new ListingsFeedBuilder(FRANCE)
                .writeNext(List.of(typo, AmazonFixtures.sprintEarbuds()).iterator(), out);

        assertThat(part.skus()).containsExactly("KLW-BUDS-SPORT");
        ListingIssue issue = part.refused().get("FLE-SOCK-RUN").get(0);
        assertThat(issue.attributeNames()).containsExactly("our_price");
        assertThat(issue.message()).contains("'14,9O'", "24.90");
        assertThat(messages(out.toString(StandardCharsets.UTF_8)).get(0).path("messageId").asInt()).isEqualTo(1);
    }

    @Test
    void priceInAnotherCurrencyThanTheConnectorsIsRefused() throws IOException {
        AmazonListing dollars = withField(AmazonFixtures.silverWatchSoldOut(), "our_price", "299.00 USD");

        FeedPart part = new ListingsFeedBuilder(FRANCE).writeNext(List.of(dollars).iterator(),
                OutputStream.nullOutputStream());

        assertThat(part.messages()).isZero();
        assertThat(part.refused().get("PXL-WATCH2-SLV").get(0).message()).contains("USD", "EUR");
    }

    @Test
    void changeOfPriceOrStockOnlyIsAnOfferUpdate() {
        assertThat(OperationKind.forChange(Set.of("our_price", "quantity"))).isEqualTo(OperationKind.PARTIAL_UPDATE);
        assertThat(OperationKind.forChange(Set.of("discounted_price", "discounted_price_end_at")))
                .isEqualTo(OperationKind.PARTIAL_UPDATE);
        assertThat(OperationKind.forChange(Set.of("item_name", "our_price"))).isEqualTo(OperationKind.UPDATE);
        assertThat(OperationKind.forChange(Set.of())).isEqualTo(OperationKind.UPDATE);
    }

    @Test
    void runsAreSplitIntoFeedsOf25000Messages() throws IOException {
        Iterator<AmazonListing> listings = generated(25_001, OperationKind.PARTIAL_UPDATE);
        ListingsFeedBuilder builder = new ListingsFeedBuilder(FRANCE);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        FeedPart firstPart = builder.writeNext(listings, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        FeedPart secondPart = builder.writeNext(listings, second);

        assertThat(firstPart.messages()).isEqualTo(25_000);
        JsonNode firstMessages = messages(first.toString(StandardCharsets.UTF_8));
        assertThat(firstMessages.size()).isEqualTo(25_000);
        assertThat(firstMessages.get(24_999).path("messageId").asInt()).isEqualTo(25_000);
        assertThat(firstPart.skuOf(25_000)).isEqualTo("GEN-0025000");
        assertThat(secondPart.skus()).containsExactly("GEN-0025001");
        assertThat(messages(second.toString(StandardCharsets.UTF_8)).get(0).path("messageId").asInt()).isEqualTo(1);
        assertThat(listings.hasNext()).isFalse();
    }

    @Test
    void fullListingsAreSplitBeforeAFeedPassesTenMebibytes() throws IOException {
        Iterator<AmazonListing> listings = generated(10_000, OperationKind.UPDATE);
        ListingsFeedBuilder builder = new ListingsFeedBuilder(FRANCE);
        List<Integer> sizes = new ArrayList<>();
        int messages = 0;
        while (listings.hasNext()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            messages += builder.writeNext(listings, out).messages();
            sizes.add(out.size());
        }

        assertThat(messages).isEqualTo(10_000);
        assertThat(sizes).hasSizeGreaterThan(1).allSatisfy(size -> assertThat(size).isLessThan(10 * 1024 * 1024));
    }

    @Test
    void builds25000MessagesWellUnderTenSeconds() throws IOException {
        Path file = Files.createTempFile("amazon-bench-", ".json");
        try {
            long start = System.nanoTime();
            FeedPart part;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                // full listings, ~37 MB: the size limit lifted so that all 25,000 go in one document
                part = new ListingsFeedBuilder(FRANCE, ListingsFeedBuilder.MAX_MESSAGES, Long.MAX_VALUE)
                        .writeNext(generated(25_000, OperationKind.UPDATE), out);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Amazon JSON_LISTINGS_FEED: %,d messages (%,d KB) built in %,d ms%n", part.messages(),
                    Files.size(file) / 1024, millis);
            assertThat(part.messages()).isEqualTo(25_000);
            assertThat(millis).isLessThan(10_000);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void settingsNeverShowTheirSecrets() {
        AmazonSettings settings = AmazonSettings.europe("amzn1.application-oa2-client.abc", "cs-very-secret",
                "Atzr|refresh-secret", FRANCE);

        assertThat(settings.toString()).contains("amzn1.application-oa2-client.abc", "A13V1IB3VIYZZH")
                .doesNotContain("cs-very-secret", "Atzr|refresh-secret");
    }

    /** Full listings like the sample socks, with distinct SKUs, EANs and prices; produced lazily. */
    static Iterator<AmazonListing> generated(int count, OperationKind op) {
        AmazonListing model = AmazonFixtures.runningSocks();
        return IntStream.rangeClosed(1, count).mapToObj(i -> {
            Map<String, Object> fields = new LinkedHashMap<>(model.attributes());
            fields.put("item_name", "Chaussettes de running en mérinos – lot n°" + i);
            fields.put("externally_assigned_product_identifier", String.format("376028%07d", i));
            fields.put("our_price", (10 + i % 90) + ".90");
            fields.put("quantity", i % 200);
            return new AmazonListing(String.format("GEN-%07d", i), "SOCKS", op, fields);
        }).iterator();
    }

    private static AmazonListing withField(AmazonListing listing, String name, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>(listing.attributes());
        fields.put(name, value);
        return new AmazonListing(listing.sku(), listing.productType(), listing.op(), fields);
    }

    private static String write(ListingTarget target, AmazonListing... listings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ListingsFeedBuilder(target).writeNext(List.of(listings).iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode messages(String feed) throws IOException {
        return JSON.readTree(feed).path("messages");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
