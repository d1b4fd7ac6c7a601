package io.omnipim.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Which catalogs count their facets on a sample, and how the sample is asked of Elasticsearch. */
class FacetSamplingTest {

    @Test
    void smallCatalogsCountEveryDocument() {
        assertEquals(1.0, FacetSampling.probability(0));
        assertEquals(1.0, FacetSampling.probability(2 * FacetSampling.SAMPLE_DOCS));
    }

    @Test
    void largeCatalogsCountAboutTheSameNumberOfDocumentsWhateverTheirSize() {
        assertEquals(0.05, FacetSampling.probability(1_000_000), 1e-9);
        assertEquals(0.005, FacetSampling.probability(10_000_000), 1e-9);
        // random_sampler refuses probabilities from 0.5 up to (excluding) 1
        assertTrue(FacetSampling.probability(2 * FacetSampling.SAMPLE_DOCS + 1) < 0.5);
    }

    @Test
    void theFacetsGoInsideOneSeededRandomSampler() {
        ObjectNode facets = QueryDsl.object();
        facets.putObject("f_family");
        ObjectNode sampled = FacetSampling.sampled(facets, 0.05);
        ObjectNode sampler = (ObjectNode) sampled.get(Facets.SAMPLE);
        assertEquals(0.05, sampler.path("random_sampler").path("probability").asDouble());
        assertEquals(FacetSampling.SEED, sampler.path("random_sampler").path("seed").asInt());
        assertTrue(sampler.path("aggs").has("f_family"));
    }
}
