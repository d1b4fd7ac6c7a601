package io.omnipim.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import io.omnipim.syndication.amazon.AmazonListing;
import io.omnipim.syndication.amazon.FeedPart;
import io.omnipim.syndication.amazon.ListingTarget;
import io.omnipim.syndication.amazon.ListingsFeedBuilder;
import io.omnipim.syndication.amazon.OperationKind;

/**
 * Builds one JSON_LISTINGS_FEED document of 25,000 full listings (the Feeds API's maximum per document), the way
 * an Amazon run writes each feed before uploading it, and times it: several runs, in the benchmark's JVM.
 */
final class AmazonFeedBuild {

    static final String ROW = "amazon listings feed of 25,000 messages built";
    static final int MESSAGES = ListingsFeedBuilder.MAX_MESSAGES;

    private AmazonFeedBuild() {
    }

    static Row run(Path scratch, int runs) throws Exception {
        ListingTarget france = new ListingTarget("A2EUQ1WTGCTBG2", ListingTarget.AMAZON_FR, "fr_FR", "EUR");
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        Path file = scratch.resolve("amazon-feed.json");
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            FeedPart part;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                // the 10 MiB document limit is lifted so that all 25,000 full listings go in one document
                part = new ListingsFeedBuilder(france, MESSAGES, Long.MAX_VALUE).writeNext(listings(), out);
            }
            seconds.add((System.nanoTime() - start) / 1e9);
            if (part.messages() != MESSAGES) {
                throw new IllegalStateException("built " + part.messages() + " messages instead of " + MESSAGES);
            }
            bytes = Files.size(file);
        }
        Files.deleteIfExists(file);
        return new Row(ROW, Stats.of(seconds), "s", String.format(Locale.ROOT, "full UPDATE listings (title, "
                + "brand, EAN, bullets, description, image, price, promotion, stock, lead time), %.0f MB per "
                + "document; first run includes JIT warm-up; target ≤ 10 s", bytes / 1e6));
    }

    private static Iterator<AmazonListing> listings() {
        return IntStream.rangeClosed(1, MESSAGES).mapToObj(i -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("item_name", "Chaussures de randonnée imperméables – modèle n°" + i);
            fields.put("brand", "Foulée");
            fields.put("externally_assigned_product_identifier", String.format(Locale.ROOT, "376028%07d", i));
            fields.put("condition_type", "new_new");
            fields.put("bullet_point", List.of("Membrane imperméable et respirante", "Semelle crantée Vibram",
                    "Tige en cuir nubuck"));
            fields.put("product_description", "Une chaussure de randonnée légère pour les sentiers du Vercors, "
                    + "confortable dès la première sortie.");
            fields.put("main_product_image_locator", "https://media.example/img/" + i + ".jpg");
            fields.put("our_price", (40 + i % 120) + ".90");
            fields.put("discounted_price", (30 + i % 120) + ".90");
            fields.put("discounted_price_start_at", "2026-11-27");
            fields.put("discounted_price_end_at", "2026-12-01");
            fields.put("quantity", i % 200);
            fields.put("lead_time_to_ship_max_days", 1 + i % 5);
            return new AmazonListing(String.format(Locale.ROOT, "GEN-%07d", i), "SHOES", OperationKind.UPDATE,
                    fields);
        }).iterator();
    }
}
