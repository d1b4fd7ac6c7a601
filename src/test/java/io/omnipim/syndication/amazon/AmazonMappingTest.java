package io.omnipim.syndication.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.SampleProducts;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.testsupport.SampleStructure;

/**
 * The shipped {@code amazon-marketplace} connector on the sample products, and how a change becomes a feed
 * operation: UPDATE when new or when more than the offer changed, PARTIAL_UPDATE when only the offer changed, DELETE
 * for a removal; and the read-back form of a listing equals what Amazon holds after it accepted it.
 */
class AmazonMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConnectorDefinition definition = ShippedConnectors.file("amazon-marketplace.yaml");
    private final AmazonType type = (AmazonType) ShippedConnectors.TYPES.find("amazon-sp-api").orElseThrow();
    private final ItemMapper mapper = new ItemMapper(SampleStructure.get(), definition, type);

    @Test
    void theSampleProductsMapToAmazonListingsAndTheMistypedGtinIsKeptOut() throws IOException {
        List<SpooledListing> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (IndexDocument doc : SampleProducts.all()) {
            ItemMapper.Mapping mapping = mapper.map(doc);
            if (mapping.valid()) {
                valid.add(ListingChanges.of(List.of(upsert(mapping.item())), Map.of(), JSON).get(0));
            } else {
                invalid.add(doc.identifier());
            }
        }
        assertThat(invalid).containsExactly("PXL-FIT-LITE");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListingTarget france = new ListingTarget(AmazonFixtures.SELLER, ListingTarget.AMAZON_FR, "fr_FR", "EUR");
        FeedPart part = new ListingsFeedBuilder(france).writeNext(valid.stream().map(SpooledListing::listing)
                .iterator(), out);
        assertThat(part.refused()).isEmpty();
        JsonNode feed = JSON.readTree(out.toByteArray());
        JsonNode earbuds = message(feed, "KLW-BUDS-SPORT");
        assertThat(earbuds.path("operationType").asText()).isEqualTo("UPDATE");
        assertThat(earbuds.path("productType").asText()).isEqualTo("HEADPHONES");
        assertThat(earbuds.at("/attributes/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                .isEqualByComparingTo("89.99");
        assertThat(earbuds.at("/attributes/purchasable_offer/0/discounted_price/0/schedule/0/start_at").asText())
                .isEqualTo("2025-11-28T00:00:00Z");
        assertThat(earbuds.at("/attributes/fulfillment_availability/0/quantity").asInt()).isEqualTo(26);
        assertThat(earbuds.at("/attributes/externally_assigned_product_identifier/0/type").asText()).isEqualTo("ean");
        assertThat(message(feed, "ORB-AIR13-256-USED").at("/attributes/condition_type/0/value").asText())
                .isEqualTo("used_good");
        assertThat(message(feed, "FLE-SOCK-RUN").at("/attributes/item_name/0/language_tag").asText())
                .isEqualTo("fr_FR");
    }

    @Test
    void onlyOfferFieldsChangedGoesAsPartialUpdateAnythingElseAsUpdateAndRemovalsAsDelete() {
        MappedItem socks = mapper.map(SampleProducts.socks()).item();
        MappedItem cheaper = withField(socks, "our_price", "12.90");
        MappedItem renamed = withField(withField(socks, "our_price", "12.90"), "item_name", "Chaussettes trail");
        UUID product = UUID.randomUUID();
        Map<UUID, SyndicationState> delivered = Map.of(product, new SyndicationState(definition.code(), product,
                socks.id(), PayloadHash.of(socks), JSON.valueToTree(socks.fields()), OffsetDateTime.now(),
                SyndicationState.DELIVERED, List.of()));

        assertThat(op(cheaper, product, delivered)).isEqualTo(OperationKind.PARTIAL_UPDATE);
        assertThat(op(renamed, product, delivered)).isEqualTo(OperationKind.UPDATE);
        assertThat(op(cheaper, product, Map.of())).as("never delivered").isEqualTo(OperationKind.UPDATE);
        assertThat(op(socks, product, delivered)).as("unchanged, in a full run").isEqualTo(OperationKind.UPDATE);
        assertThat(ListingChanges.of(List.of(ItemChange.delete(product, socks.id())), delivered, JSON).get(0).op())
                .isEqualTo(OperationKind.DELETE);
    }

    @Test
    void whatAmazonHoldsAfterAnUpdateReadsBackEqualToWhatTheCatalogWouldSend() throws IOException {
        MappedItem earbuds = mapper.map(SampleProducts.earbuds()).item();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListingTarget france = new ListingTarget(AmazonFixtures.SELLER, ListingTarget.AMAZON_FR, "fr_FR", "EUR");
        new ListingsFeedBuilder(france).writeNext(List.of(ListingChanges.of(List.of(upsert(earbuds)), Map.of(), JSON)
                .get(0).listing()).iterator(), out);
        JsonNode stored = JSON.readTree(out.toByteArray()).at("/messages/0/attributes");

        Map<String, Object> held = ListingReader.fields(stored);
        assertThat(held).isEqualTo(type.comparable(definition, earbuds));
        assertThat(held).containsEntry("our_price", "89.99").containsEntry("quantity", "26");
    }

    private OperationKind op(MappedItem item, UUID product, Map<UUID, SyndicationState> previous) {
        return ListingChanges.of(List.of(ItemChange.upsert(product, item, PayloadHash.of(item))), previous, JSON)
                .get(0).op();
    }

    private static ItemChange upsert(MappedItem item) {
        return ItemChange.upsert(UUID.randomUUID(), item, PayloadHash.of(item));
    }

    private static MappedItem withField(MappedItem item, String field, Object value) {
        MappedItem copy = new MappedItem(item.id(), item.parentId(), new java.util.LinkedHashMap<>(item.fields()));
        copy.fields().put(field, value);
        return copy;
    }

    private static JsonNode message(JsonNode feed, String sku) {
        for (JsonNode m : feed.path("messages")) {
            if (sku.equals(m.path("sku").asText())) {
                return m;
            }
        }
        throw new AssertionError(sku + " not in the feed");
    }
}
