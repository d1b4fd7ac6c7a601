package io.omnipim.syndication.amazon;

import java.util.List;
import java.util.Map;

/**
 * What one written feed document holds: its messages (message {@code n} is {@code skus.get(n - 1)}, so the processing
 * report's message ids lead back to SKUs) and the listings refused before sending, by SKU.
 */
public record FeedPart(List<String> skus, Map<String, List<ListingIssue>> refused) {

    public FeedPart {
        skus = List.copyOf(skus);
        refused = Map.copyOf(refused);
    }

    public int messages() {
        return skus.size();
    }

    /** The SKU of a message id of this document, or null when the id is not one of its messages. */
    public String skuOf(int messageId) {
        return messageId >= 1 && messageId <= skus.size() ? skus.get(messageId - 1) : null;
    }
}
