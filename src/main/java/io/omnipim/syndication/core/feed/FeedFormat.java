package io.omnipim.syndication.core.feed;

/**
 * One file format a feed type writes.
 *
 * @param name as {@code delivery.format} names it ({@code xml}, {@code tsv}, {@code csv})
 * @param mediaType the HTTP content type the feed is served with
 * @param extension the file name extension, without the dot
 */
public record FeedFormat(String name, String mediaType, String extension) {

    public static final FeedFormat CSV = new FeedFormat("csv", "text/csv; charset=UTF-8", "csv");
    public static final FeedFormat TSV = new FeedFormat("tsv", "text/tab-separated-values; charset=UTF-8", "tsv");
    public static final FeedFormat XML = new FeedFormat("xml", "application/xml; charset=UTF-8", "xml");
}
