package io.omnipim.search.query;

import java.util.concurrent.atomic.AtomicLongArray;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.SearchCluster;

/**
 * How much of a large result the facets count. Counting every match costs time in proportion to the matches: a
 * word found in a third of a million-product catalog made the facets most of a search's time. On a large index the
 * facets therefore count a random sample of about {@link #SAMPLE_DOCS} of the index's documents
 * ({@code random_sampler}, which scales the counts back up), and the search says the counts are approximate;
 * when the result turns out smaller than the exact total range the facets are counted again exactly, so small
 * results (what people narrow down to) always show exact counts.
 */
@ApplicationScoped
public class FacetSampling {

    /** Documents the sample should hold across the whole index; below twice this, nothing is sampled. */
    static final long SAMPLE_DOCS = 50_000;
    /** The same sample for the same request while the index is unchanged: pages agree with each other. */
    static final int SEED = 4242;
    private static final long REFRESH_NANOS = 60_000_000_000L;

    private final SearchCluster cluster;
    private final CatalogIndex index;
    /** [documents in the index, when they were counted (nanoTime)]. */
    private final AtomicLongArray size = new AtomicLongArray(new long[]{-1, 0});

    public FacetSampling(SearchCluster cluster, CatalogIndex index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** The probability of counting a document: 1 (exact) unless the index is large. */
    double probability() {
        long docs = documents();
        return probability(docs);
    }

    static double probability(long docs) {
        if (docs <= 2 * SAMPLE_DOCS) {
            return 1;
        }
        // random_sampler takes a probability below 0.5, or exactly 1
        return Math.min(0.49, (double) SAMPLE_DOCS / docs);
    }

    /** The facet aggregations inside a random sample of the documents. */
    static ObjectNode sampled(ObjectNode aggregations, double probability) {
        ObjectNode sampled = QueryDsl.object();
        ObjectNode sampler = sampled.putObject(Facets.SAMPLE);
        sampler.putObject("random_sampler").put("probability", probability).put("seed", SEED);
        sampler.set("aggs", aggregations);
        return sampled;
    }

    /** The index's document count, counted again at most once a minute (a count is cheap, not free). */
    private long documents() {
        long now = System.nanoTime();
        if (size.get(0) >= 0 && now - size.get(1) < REFRESH_NANOS) {
            return size.get(0);
        }
        SearchCluster.Reply reply = cluster.call("GET", "/" + index.alias() + "/_count", null);
        long docs = reply.ok() ? reply.body().path("count").asLong(0) : 0;
        size.set(0, docs);
        size.set(1, now);
        return docs;
    }
}
