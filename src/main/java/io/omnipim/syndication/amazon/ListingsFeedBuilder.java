package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes JSON_LISTINGS_FEED documents (Listings Feed schema v2): a header ({@code sellerId}, {@code version} "2.0",
 * {@code issueLocale}) and numbered messages, streamed with Jackson so memory stays flat whatever the size. Amazon takes
 * at most {@value #MAX_MESSAGES} messages per feed and asks to keep a feed file under 10 MiB, so a document ends at
 * whichever comes first; a run calls {@link #writeNext} until the listings are used up, one document per call. Offer
 * updates (~330 bytes) fill 25,000 messages; full listings (~1.5 KB) about 6,500.
 */
public final class ListingsFeedBuilder {

    public static final int MAX_MESSAGES = 25_000;
    /** Amazon's recommended ceiling (Feeds API best practices), less room for the message being written. */
    public static final long MAX_BYTES = 10L * 1024 * 1024 - 256 * 1024;
    /** SKUs longer than this are refused by Amazon. */
    static final int MAX_SKU_LENGTH = 40;
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private final ListingTarget target;
    private final ListingAttributes attributes;
    private final int maxMessages;
    private final long maxBytes;

    public ListingsFeedBuilder(ListingTarget target) {
        this(target, MAX_MESSAGES, MAX_BYTES);
    }

    /** @param maxBytes size after which the document is closed (the message under way is finished first) */
    public ListingsFeedBuilder(ListingTarget target, int maxMessages, long maxBytes) {
        if (maxMessages < 1 || maxMessages > MAX_MESSAGES) {
            throw new IllegalArgumentException("A listings feed holds 1 to " + MAX_MESSAGES + " messages.");
        }
        this.target = target;
        this.attributes = new ListingAttributes(target);
        this.maxMessages = maxMessages;
        this.maxBytes = maxBytes;
    }

    /**
     * Writes one feed document to {@code out} with the next listings, at most the message limit; listings refused
     * before sending are used up too and reported in the returned part. {@code out} is flushed, not closed.
     */
    public FeedPart writeNext(Iterator<AmazonListing> listings, OutputStream out) throws IOException {
        List<String> skus = new ArrayList<>();
        Map<String, List<ListingIssue>> refused = new LinkedHashMap<>();
        CountingStream counted = new CountingStream(out);
        try (JsonGenerator g = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeHeader(g);
            g.writeArrayFieldStart("messages");
            while (skus.size() < maxMessages && counted.count + g.getOutputBuffered() < maxBytes
                    && listings.hasNext()) {
                AmazonListing listing = listings.next();
                List<ListingIssue> problems = new ArrayList<>(0);
                OfferValues offer = check(listing, problems);
                if (problems.isEmpty()) {
                    skus.add(listing.sku());
                    writeMessage(g, skus.size(), listing, offer);
                } else {
                    refused.computeIfAbsent(listing.sku() == null ? "" : listing.sku(), k -> new ArrayList<>())
                            .addAll(problems);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
        return new FeedPart(skus, refused);
    }

    private void writeHeader(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("header");
        g.writeStringField("sellerId", target.sellerId());
        g.writeStringField("version", "2.0");
        g.writeStringField("issueLocale", target.languageTag());
        g.writeEndObject();
    }

    private OfferValues check(AmazonListing listing, List<ListingIssue> problems) {
        String sku = listing.sku();
        if (sku == null || sku.isBlank()) {
            problems.add(ListingIssue.refused(sku, "sku", "The product has no SKU: map its identifier to 'sku'."));
            return null;
        }
        if (sku.length() > MAX_SKU_LENGTH) {
            problems.add(ListingIssue.refused(sku, "sku", "SKU '" + sku + "' has " + sku.length() + " characters;"
                    + " Amazon accepts at most " + MAX_SKU_LENGTH + "."));
        }
        if (listing.op() == OperationKind.DELETE) {
            return null;
        }
        if (listing.productType() == null || listing.productType().isBlank()) {
            problems.add(ListingIssue.refused(sku, "productType", "No Amazon product type for SKU '" + sku + "': map"
                    + " one (e.g. HEADPHONES, SHIRT) in the connector definition."));
        }
        if (listing.op() == OperationKind.UPDATE && listing.attributes().isEmpty()) {
            problems.add(ListingIssue.refused(sku, null, "Nothing to send for SKU '" + sku + "': the connector"
                    + " mapped no attribute."));
        }
        OfferValues offer = OfferValues.read(sku, listing.attributes(), target.currency(), problems);
        if (listing.op() == OperationKind.PARTIAL_UPDATE && !offer.hasPrice() && !offer.hasAvailability()
                && problems.isEmpty()) {
            problems.add(ListingIssue.refused(sku, "our_price", "Offer update of SKU '" + sku + "' has neither a"
                    + " price nor a stock quantity to send."));
        }
        return offer;
    }

    private void writeMessage(JsonGenerator g, int messageId, AmazonListing listing, OfferValues offer)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("messageId", messageId);
        g.writeStringField("sku", listing.sku());
        g.writeStringField("operationType", listing.op().name());
        if (listing.op() != OperationKind.DELETE) {
            g.writeStringField("productType", listing.productType());
            g.writeObjectFieldStart("attributes");
            if (listing.op() == OperationKind.UPDATE) {
                attributes.writeProduct(g, listing.attributes());
            }
            attributes.writeOffer(g, offer);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Counts the bytes handed to the target, to close a document before it grows past the size limit. */
    private static final class CountingStream extends java.io.FilterOutputStream {

        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
