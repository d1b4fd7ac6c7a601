package io.omnipim.syndication.amazon;

/**
 * A feed as {@code getFeed} describes it. {@code processingStatus} is IN_QUEUE, IN_PROGRESS, DONE, FATAL or CANCELLED;
 * {@code resultFeedDocumentId} names the processing report once processing ended.
 */
public record FeedStatus(String feedId, String processingStatus, String resultFeedDocumentId) {

    public boolean finished() {
        return done() || "FATAL".equals(processingStatus) || "CANCELLED".equals(processingStatus);
    }

    public boolean done() {
        return "DONE".equals(processingStatus);
    }
}
