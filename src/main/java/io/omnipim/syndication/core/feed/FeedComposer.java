package io.omnipim.syndication.core.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.definition.PublishGate;
import io.omnipim.syndication.core.mapping.ItemMapper;

/**
 * The heart of a file-feed run: maps each selected product, writes the valid ones, keeps the first issues and
 * counts the rest, then tells whether the publish gate lets the file replace the previous one. Streams: memory
 * does not grow with the number of products.
 */
public final class FeedComposer {

    private FeedComposer() {
    }

    /** Sees each product's mapping (valid or not): a run records payload hashes and issues through it. */
    @FunctionalInterface
    public interface Listener<P> {

        void mapped(P prepared);
    }

    /** One product as the writer gets it: its mapping, and its item already encoded by the writer, if it was. */
    public interface Prepared {

        ItemMapper.Mapping mapping();

        /** The bytes of {@link FeedWriter#render}, or null: the writer then writes the mapped item itself. */
        byte[] rendered();
    }

    /**
     * What a feed run produced.
     *
     * @param firstIssues at most the number asked for; {@code issueCount} counts all
     * @param publishable whether the share of invalid products is within the publish gate
     */
    public record Outcome(long selected, long written, long invalid, List<ItemIssue> firstIssues, long issueCount,
            boolean publishable) {
    }

    /** Maps the products one after the other on this thread, then writes them (tests, small feeds). */
    public static Outcome compose(Iterator<IndexDocument> documents, ItemMapper mapper, FeedWriter writer,
            PublishGate gate, int maxIssues) throws IOException {
        Iterator<ReadAhead.Mapped<Void>> mapped = new Iterator<>() {

            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public ReadAhead.Mapped<Void> next() {
                IndexDocument document = documents.next();
                return new ReadAhead.Mapped<>(document, null, mapper.map(document), null);
            }
        };
        return compose(mapped, writer, gate, maxIssues, null);
    }

    /** Writes the valid products of {@code mapped} in order, counts the invalid ones and keeps their first issues. */
    public static <P extends Prepared> Outcome compose(Iterator<P> mapped, FeedWriter writer, PublishGate gate,
            int maxIssues, Listener<P> listener) throws IOException {
        long selected = 0;
        long written = 0;
        long invalid = 0;
        long issueCount = 0;
        List<ItemIssue> issues = new ArrayList<>();
        while (mapped.hasNext()) {
            P next = mapped.next();
            ItemMapper.Mapping mapping = next.mapping();
            selected++;
            if (mapping.valid()) {
                if (next.rendered() != null) {
                    writer.writeRendered(next.rendered());
                } else {
                    writer.write(mapping.item());
                }
                written++;
            } else {
                invalid++;
                issueCount += mapping.issues().size();
                mapping.issues().stream().limit(Math.max(0, maxIssues - issues.size())).forEach(issues::add);
            }
            if (listener != null) {
                listener.mapped(next);
            }
        }
        writer.finish();
        return new Outcome(selected, written, invalid, List.copyOf(issues), issueCount,
                gate.allows(invalid, selected));
    }
}
