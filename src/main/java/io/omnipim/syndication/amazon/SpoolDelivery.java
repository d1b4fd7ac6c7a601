package io.omnipim.syndication.amazon;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.push.PushedType.PushReport;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * Sends a spool of changes to Amazon ({@link AmazonDelivery}: feeds of at most 25,000 messages, processing reports)
 * and records the outcome per SKU: a SKU Amazon accepted is delivered (or removed) with its payload; a SKU it refused
 * keeps its previous state, so the next delta sends it again, and one Amazon never held is recorded as rejected with
 * Amazon's reasons. Amazon's errors and warnings become the run's per-product issues.
 */
final class SpoolDelivery {

    private static final int BATCH = 500;
    private static final int MAX_ISSUES = 1000;

    private final String connector;
    private final SyndicationStateRepository states;
    private final ObjectMapper json;

    SpoolDelivery(String connector, SyndicationStateRepository states, ObjectMapper json) {
        this.connector = connector;
        this.states = states;
        this.json = json;
    }

    PushReport deliver(ListingSpool spool, AmazonDelivery delivery) {
        if (spool.size() == 0) {
            return new PushReport(0, 0, 0, List.of());
        }
        Iterator<SpooledListing> spooled = spool.read();
        AmazonRunResult result = delivery.deliver(new Iterator<>() {

            @Override
            public boolean hasNext() {
                return spooled.hasNext();
            }

            @Override
            public AmazonListing next() {
                return spooled.next().listing();
            }
        });
        record(spool, result);
        return new PushReport(result.feedIds().size(), 0, 0, List.of(), result.rejectedSkus().size(),
                issues(result));
    }

    private void record(ListingSpool spool, AmazonRunResult result) {
        OffsetDateTime now = OffsetDateTime.now();
        List<SyndicationState> accepted = new ArrayList<>(BATCH);
        Map<UUID, SpooledListing> refused = new LinkedHashMap<>();
        for (Iterator<SpooledListing> it = spool.read(); it.hasNext();) {
            SpooledListing s = it.next();
            if (result.perSkuIssues().getOrDefault(s.sku(), List.of()).stream().anyMatch(ListingIssue::isError)) {
                refused.put(s.product(), s);
                continue;
            }
            accepted.add(s.op() == OperationKind.DELETE
                    ? new SyndicationState(connector, s.product(), s.sku(), null, null, now,
                            SyndicationState.REMOVED, List.of())
                    : new SyndicationState(connector, s.product(), s.sku(), s.hash(), json.valueToTree(s.fields()),
                            now, SyndicationState.DELIVERED, List.of()));
            if (accepted.size() == BATCH) {
                states.save(accepted);
                accepted = new ArrayList<>(BATCH);
            }
        }
        if (!accepted.isEmpty()) {
            states.save(accepted);
        }
        if (!refused.isEmpty()) {
            Map<UUID, SyndicationState> before = states.byProducts(connector, refused.keySet());
            states.save(refused.values().stream()
                    .filter(s -> before.get(s.product()) == null
                            || !SyndicationState.DELIVERED.equals(before.get(s.product()).status()))
                    .map(s -> new SyndicationState(connector, s.product(), s.sku(), null, null, null,
                            SyndicationState.REJECTED, result.perSkuIssues().get(s.sku()).stream()
                                    .map(SpoolDelivery::issue).toList()))
                    .toList());
        }
    }

    private static List<ItemIssue> issues(AmazonRunResult result) {
        List<ItemIssue> out = new ArrayList<>();
        result.feedIssues().forEach(i -> out.add(issue(i)));
        result.perSkuIssues().keySet().stream().sorted().forEach(sku -> result.perSkuIssues().get(sku)
                .forEach(i -> out.add(issue(i))));
        return out.size() > MAX_ISSUES ? out.subList(0, MAX_ISSUES) : out;
    }

    /** Amazon's issue for the run report: the SKU (the product identifier), the connector's field, the reason. */
    static ItemIssue issue(ListingIssue issue) {
        String message = ListingIssue.INVALID_BEFORE_SENDING.equals(issue.code())
                ? "Not sent to Amazon: " + issue.message()
                : "Amazon " + (issue.code() == null ? "" : issue.code() + " ") + issue.severity() + ": "
                        + issue.message();
        return new ItemIssue(issue.sku(), field(issue.attributeNames()), message);
    }

    /** Amazon's attribute as the connector names it: the offer attributes group several target fields. */
    private static String field(List<String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        String name = attributes.get(0);
        if (name.equals("purchasable_offer")) {
            return "our_price";
        }
        if (name.equals("fulfillment_availability")) {
            return "quantity";
        }
        if (name.equals("productType")) {
            return SpooledListing.PRODUCT_TYPE;
        }
        return name.startsWith("other_product_image_locator") ? "other_product_image_locator" : name;
    }
}
