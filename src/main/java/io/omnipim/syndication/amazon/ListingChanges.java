package io.omnipim.syndication.amazon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.state.SyndicationState;

/**
 * Chooses the feed operation of each change: DELETE for a removal; PARTIAL_UPDATE when Amazon holds the product and
 * only offer fields changed since (price, sale price and dates, quantity, handling time: cheap, and it keeps what
 * Amazon's catalogue added to the listing); UPDATE for anything else, and for every product of a full run whose
 * output did not change (a full run repairs drift on Amazon's side).
 */
final class ListingChanges {

    private ListingChanges() {
    }

    static List<SpooledListing> of(List<ItemChange> changes, Map<UUID, SyndicationState> previous,
            ObjectMapper json) {
        List<SpooledListing> out = new ArrayList<>(changes.size());
        for (ItemChange change : changes) {
            if (change.isDelete()) {
                out.add(new SpooledListing(change.product(), change.identifier(), OperationKind.DELETE, null, null));
                continue;
            }
            SyndicationState before = previous.get(change.product());
            boolean held = before != null && SyndicationState.DELIVERED.equals(before.status())
                    && before.payload() != null;
            OperationKind op = held
                    ? OperationKind.forChange(changed(before.payload(), json.valueToTree(change.item().fields())))
                    : OperationKind.UPDATE;
            out.add(new SpooledListing(change.product(), change.identifier(), op, change.hash(),
                    change.item().fields()));
        }
        return out;
    }

    /** The fields whose value differs between what Amazon was sent and what it would be sent now. */
    static Set<String> changed(JsonNode before, JsonNode now) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        names.removeIf(n -> Objects.equals(before.get(n), now.get(n)));
        return names;
    }
}
