package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.SampleProducts;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedComposer;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.testsupport.SampleStructure;

/**
 * Maps and writes N products as the shipped Google XML feed to nowhere, then prints items, bytes, seconds and the
 * peak heap: run in a JVM with a small heap by {@link GoogleFeedMemoryTest}.
 */
public final class LargeFeed {

    private LargeFeed() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        ConnectorDefinition definition = ShippedConnectors.file("google-shopping.yaml");
        GoogleMerchantType type = new GoogleMerchantType();
        Counting out = new Counting();
        long start = System.nanoTime();
        FeedComposer.Outcome outcome = FeedComposer.compose(documents(count),
                new ItemMapper(SampleStructure.get(), definition, type), type.open(definition, out),
                definition.publishGate(), 100);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("items=%d bytes=%d seconds=%.1f max-heap-mb=%d%n", outcome.written(), out.bytes, seconds,
                rt.maxMemory() >> 20);
    }

    /** Variants of the sample T-shirt, one new identifier each, made on demand (nothing is kept). */
    private static Iterator<IndexDocument> documents(int count) {
        IndexDocument template = SampleProducts.tshirt();
        return new Iterator<>() {

            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public IndexDocument next() {
                String sku = "MLR-TSE-" + next++;
                var values = template.values().deepCopy();
                values.putObject("sku").putObject("<all_channels>").set("<all_locales>",
                        JsonNodeFactory.instance.textNode(sku));
                return new IndexDocument(template.type(), template.id(), sku, 1, "v1", true, template.family(), null,
                        template.parent(), template.ancestors(), template.categories(),
                        template.categoriesWithAncestors(), template.groups(), template.created(), template.updated(),
                        template.completeness(), values, template.labels(), template.image());
            }
        };
    }

    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
