package io.omnipim.syndication.amazon;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivers listings to Amazon with the Feeds API: each document (at most 25,000 messages, about 10 MiB) is written to a temporary
 * file, uploaded (createFeedDocument, PUT) and submitted (createFeed); then every feed is polled with back-off until
 * Amazon is done, and its processing report is mapped back to SKUs. A FATAL or CANCELLED feed fails the run with
 * Amazon's reason: nothing of that feed was applied.
 */
public final class AmazonDelivery {

    public static final String FEED_TYPE = "JSON_LISTINGS_FEED";
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private final AmazonSettings settings;
    private final SpApiClient client;
    private final Sleeper sleeper;
    private final ListingsFeedBuilder builder;

    public AmazonDelivery(AmazonSettings settings) {
        this(settings, new SpApiClient(settings), Sleeper.SYSTEM, new ListingsFeedBuilder(settings.target()));
    }

    public AmazonDelivery(AmazonSettings settings, SpApiClient client, Sleeper sleeper, ListingsFeedBuilder builder) {
        this.settings = settings;
        this.client = client;
        this.sleeper = sleeper;
        this.builder = builder;
    }

    public AmazonRunResult deliver(Iterator<AmazonListing> listings) {
        Map<String, FeedPart> submitted = new LinkedHashMap<>();
        RunTally tally = new RunTally();
        while (listings.hasNext()) {
            FeedPart part = submitNext(listings, submitted);
            tally.refused(part.refused());
        }
        for (Map.Entry<String, FeedPart> feed : submitted.entrySet()) {
            FeedStatus status = await(feed.getKey());
            ProcessingReport report = status.resultFeedDocumentId() == null
                    ? null
                    : ProcessingReport.read(client.download(client.getFeedDocument(status.resultFeedDocumentId())));
            if (!status.done()) {
                throw new SpApiException(failure(status, report));
            }
            tally.report(feed.getValue(), report);
        }
        return tally.result(new ArrayList<>(submitted.keySet()));
    }

    private FeedPart submitNext(Iterator<AmazonListing> listings, Map<String, FeedPart> submitted) {
        Path file = null;
        try {
            file = Files.createTempFile("omnipim-amazon-", ".json");
            FeedPart part;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                part = builder.writeNext(listings, out);
            }
            if (part.messages() > 0) {
                FeedDocument document = client.createFeedDocument(CONTENT_TYPE);
                client.upload(document, file, CONTENT_TYPE);
                submitted.put(client.createFeed(FEED_TYPE, document.feedDocumentId()), part);
            }
            return part;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Amazon feed to a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Polls getFeed, waiting longer each time, until Amazon finished or the pacing's timeout passed. */
    private FeedStatus await(String feedId) {
        AmazonSettings.Pacing pacing = settings.pacing();
        Duration wait = pacing.firstPoll();
        Duration waited = Duration.ZERO;
        while (true) {
            FeedStatus status = client.getFeed(feedId);
            if (status.finished()) {
                return status;
            }
            if (waited.compareTo(pacing.pollTimeout()) >= 0) {
                throw new SpApiException("Amazon has not finished feed " + feedId + " after " + waited.toMinutes()
                        + " minutes (still " + status.processingStatus() + "). It may still be applied: look it up in"
                        + " Seller Central; the next run sends again what is missing.");
            }
            try {
                sleeper.pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpApiException("The Amazon delivery was interrupted while waiting for feed " + feedId + ".",
                        e);
            }
            waited = waited.plus(wait);
            Duration doubled = wait.multipliedBy(2);
            wait = doubled.compareTo(pacing.maxPoll()) > 0 ? pacing.maxPoll() : doubled;
        }
    }

    private static String failure(FeedStatus status, ProcessingReport report) {
        String reason = report == null
                ? ""
                : report.issues().stream().filter(i -> i.message() != null).limit(3)
                        .map(i -> (i.code() == null ? "" : i.code() + " ") + i.message()).reduce((a, b) -> a + "; " + b)
                        .map(r -> ": " + r).orElse("");
        String verb = "CANCELLED".equals(status.processingStatus()) ? "cancelled feed " : "could not process feed ";
        return "Amazon " + verb + status.feedId() + " (" + status.processingStatus() + ")" + reason
                + ". Nothing from this feed was applied; fix the cause and run the connector again.";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
