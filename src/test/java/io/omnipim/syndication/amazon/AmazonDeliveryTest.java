package io.omnipim.syndication.amazon;

import static io.omnipim.syndication.amazon.AmazonFixtures.FRANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole Feeds API flow against a local fake SP-API: token, upload, createFeed, polling, processing report. */
class AmazonDeliveryTest {

    private final TestClock clock = new TestClock();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final Map<ListingTarget, AmazonDelivery> deliveries = new java.util.HashMap<>();
    private FakeSpApi amazon;

    @BeforeEach
    void startFakeAmazon() throws IOException {
        amazon = new FakeSpApi(clock, AmazonFixtures.SELLER);
    }

    @AfterEach
    void stopFakeAmazon() {
        amazon.close();
    }

    @Test
    void amazonsProcessingErrorsAreReportedPerSku() {
        amazon.processor().conflictingEans.add("4068217000172");
        AmazonListing typo = withField(AmazonFixtures.sprintEarbuds(), "KLW-BUDS-SPORT-2", "our_price", "89,9O");

        AmazonRunResult result = deliver(AmazonFixtures.sprintEarbuds(), AmazonFixtures.runningSocks(),
                AmazonFixtures.tshirtWithoutBrand(), AmazonFixtures.glovesWithBadEan(), AmazonFixtures.ancEarbuds(),
                AmazonFixtures.usedLaptopRemoved(), typo);

        assertThat(result.feedIds()).hasSize(1);
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(4);
        assertThat(result.rejectedSkus()).containsExactly("KLW-BUDS-ANC", "KLW-BUDS-SPORT-2", "MLR-TSE-WHT-M",
                "NRD-GLOVES-NVY");
        assertThat(result.perSkuIssues().get("MLR-TSE-WHT-M")).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("90220");
            assertThat(issue.attributeNames()).containsExactly("brand");
            assertThat(issue.message()).isEqualTo("'[brand]' est obligatoire mais n'a pas été fourni.");
        });
        assertThat(result.perSkuIssues().get("NRD-GLOVES-NVY")).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("8602");
            assertThat(issue.message()).contains("7072104001577");
        });
        assertThat(result.perSkuIssues().get("KLW-BUDS-ANC")).extracting(ListingIssue::code,
                ListingIssue::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("8541", ListingIssue.Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("18448", ListingIssue.Severity.WARNING));
        assertThat(result.perSkuIssues().get("KLW-BUDS-SPORT-2")).singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(ListingIssue.INVALID_BEFORE_SENDING));
        assertThat(result.perSkuIssues()).doesNotContainKeys("KLW-BUDS-SPORT", "FLE-SOCK-RUN");
        assertThat(amazon.processor().listing("KLW-BUDS-SPORT")
                .at("/purchasable_offer/0/discounted_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("69.99");
        assertThat(amazon.processor().listing("MLR-TSE-WHT-M")).isNull();
    }

    @Test
    void deliveryFollowsTheFeedsApiFlowAndPollsWithBackOff() {
        deliver(AmazonFixtures.runningSocks());

        String feed = "/feeds/2021-06-30/feeds/";
        assertThat(amazon.calls()).extracting(call -> call.replaceAll("/[^/]*[0-9][^/]*$", "/{id}"))
                .containsExactly("POST /auth/o2/token", "POST /feeds/2021-06-30/documents", "PUT /storage/{id}",
                        "POST /feeds/2021-06-30/feeds", "GET " + feed + "{id}", "GET " + feed + "{id}",
                        "GET " + feed + "{id}", "GET /feeds/2021-06-30/documents/{id}", "GET /storage/{id}");
        assertThat(sleeper.pauses()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertThat(amazon.tokenSentToStorage).as("access token sent to the pre-signed storage URL").isFalse();
    }

    @Test
    void offerOnlyUpdateChangesPriceAndStockAndKeepsTheRestOfTheListing() {
        AmazonListing full = new AmazonListing("PXL-WATCH2-SLV", "WATCH", OperationKind.UPDATE,
                AmazonFixtures.silverWatchSoldOut().attributes());
        deliver(withField(full, "PXL-WATCH2-SLV", "quantity", 19));

        AmazonRunResult result = deliver(withField(AmazonFixtures.silverWatchSoldOut(), "PXL-WATCH2-SLV", "our_price",
                "259.00"));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(amazon.processor().listing("PXL-WATCH2-SLV").at("/item_name/0/value").asText())
                .isEqualTo("Montre connectée Pixelune Watch 2 – argent");
        assertThat(amazon.processor().listing("PXL-WATCH2-SLV").at("/fulfillment_availability/0/quantity").asInt())
                .isZero();
        assertThat(amazon.processor().listing("PXL-WATCH2-SLV")
                .at("/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("259.00");
    }

    @Test
    void removedProductIsDeletedFromAmazon() {
        deliver(AmazonFixtures.runningSocks());
        assertThat(amazon.processor().listing("FLE-SOCK-RUN")).isNotNull();

        AmazonRunResult result = deliver(AmazonListing.delete("FLE-SOCK-RUN"));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(amazon.processor().listing("FLE-SOCK-RUN")).isNull();
    }

    @Test
    void throttledCreateFeedWaitsAsLongAsAmazonSaysThenSucceeds() {
        amazon.throttleNextCreateFeeds(1);

        AmazonRunResult result = deliver(AmazonFixtures.runningSocks());

        assertThat(result.feedIds()).hasSize(1);
        assertThat(sleeper.pauses().get(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(amazon.calls()).filteredOn("POST /feeds/2021-06-30/feeds"::equals).hasSize(2);
    }

    @Test
    void accessTokenIsReusedForAnHourThenRenewed() {
        deliver(AmazonFixtures.runningSocks());
        clock.advance(Duration.ofMinutes(30));
        deliver(AmazonFixtures.runningSocks());
        assertThat(amazon.tokenRequests).hasValue(1);

        clock.advance(Duration.ofMinutes(31));
        deliver(AmazonFixtures.runningSocks());

        assertThat(amazon.tokenRequests).hasValue(2);
        assertThat(amazon.deniedCalls).as("calls refused for an expired token").hasValue(0);
    }

    @Test
    void revokedTokenIsReplacedOnceAndTheCallRetried() {
        deliver(AmazonFixtures.runningSocks());
        amazon.revokeTokens();

        AmazonRunResult result = deliver(AmazonFixtures.sprintEarbuds());

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(amazon.deniedCalls).hasValue(1);
        assertThat(amazon.tokenRequests).hasValue(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackOff() {
        amazon.failNextGetFeeds(2);

        AmazonRunResult result = deliver(AmazonFixtures.runningSocks());

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(sleeper.pauses()).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void amazonDownForGoodFailsTheRunWithAClearMessage() {
        amazon.failNextGetFeeds(100);

        assertThatThrownBy(() -> deliver(AmazonFixtures.runningSocks())).isInstanceOf(SpApiException.class)
                .hasMessageContaining("Amazon refused getFeed")
                .hasMessageContaining("503 ServiceUnavailable: Service is temporarily unavailable.")
                .hasMessageContaining("still failed after 6 attempts");
    }

    @Test
    void fatalFeedFailsTheRunWithAmazonsReason() {
        ListingTarget wrongSeller = new ListingTarget("A1WRONGSELLER9", ListingTarget.AMAZON_FR, "fr_FR", "EUR");

        assertThatThrownBy(() -> deliver(wrongSeller, AmazonFixtures.runningSocks()))
                .isInstanceOf(SpApiException.class).hasMessageContaining("could not process feed")
                .hasMessageContaining("(FATAL)")
                .hasMessageContaining("'A1WRONGSELLER9' in the feed header does not match the selling partner")
                .hasMessageContaining("Nothing from this feed was applied");
    }

    @Test
    void unknownMarketplaceIsRefusedWithAmazonsReason() {
        ListingTarget nowhere = new ListingTarget(AmazonFixtures.SELLER, "A2NOTAMARKET", "fr_FR", "EUR");

        assertThatThrownBy(() -> deliver(nowhere, AmazonFixtures.runningSocks())).isInstanceOf(SpApiException.class)
                .hasMessage("Amazon refused createFeed (400 InvalidInput: Invalid marketplaceIds: [A2NOTAMARKET]).");
    }

    @Test
    void wrongRefreshTokenFailsWithAHintAndWithoutShowingSecrets() {
        AmazonSettings base = amazon.settings(FRANCE);
        AmazonSettings revoked = new AmazonSettings(base.endpoint(), base.tokenEndpoint(), base.clientId(),
                base.clientSecret(), "Atzr|revoked-by-the-seller", FRANCE, base.pacing());

        assertThatThrownBy(() -> delivery(revoked).deliver(List.of(AmazonFixtures.runningSocks()).iterator()))
                .isInstanceOf(SpApiException.class).hasMessageContaining("400 invalid_grant")
                .hasMessageContaining("refresh token").message()
                .doesNotContain("Atzr|revoked-by-the-seller", FakeSpApi.CLIENT_SECRET);
    }

    @Test
    void moreThan25000ListingsAreSentAsSeveralFeeds() throws IOException {
        AmazonRunResult result = delivery(amazon.settings(FRANCE))
                .deliver(ListingsFeedBuilderTest.generated(25_001, OperationKind.PARTIAL_UPDATE));

        assertThat(result.feedIds()).hasSize(2);
        assertThat(amazon.uploadedFeeds()).extracting(feed -> feed.path("messages").size())
                .containsExactly(25_000, 1);
        assertThat(result.accepted()).isEqualTo(25_001);
    }

    private AmazonRunResult deliver(AmazonListing... listings) {
        return deliver(FRANCE, listings);
    }

    /** One delivery per target for the whole test, as a connector keeps its client (and token) between runs. */
    private AmazonRunResult deliver(ListingTarget target, AmazonListing... listings) {
        return deliveries.computeIfAbsent(target, t -> delivery(amazon.settings(t)))
                .deliver(List.of(listings).iterator());
    }

    private AmazonDelivery delivery(AmazonSettings settings) {
        SpApiClient client = new SpApiClient(settings, HttpClient.newHttpClient(), clock, sleeper);
        return new AmazonDelivery(settings, client, sleeper, new ListingsFeedBuilder(settings.target()));
    }

    private static AmazonListing withField(AmazonListing listing, String sku, String name, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>(listing.attributes());
        fields.put(name, value);
        return new AmazonListing(sku, listing.productType(), listing.op(), fields);
    }
}
