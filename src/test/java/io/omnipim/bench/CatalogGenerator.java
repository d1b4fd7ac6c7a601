package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates a synthetic PIM catalog in the Akeneo flat CSV format: categories, attributes, options, families,
 * family variants, product models and products, in English, French and German.
 *
 * <p>
 * Deterministic (the same seed gives byte-identical files) and streaming: products are written as they are drawn,
 * so a million products need no more heap than ten.
 */
public final class CatalogGenerator {

    /** What one call wrote. */
    public record Summary(long products, long variants, long models, long bytes) {
    }

    static final List<String> FILES = List.of("categories.csv", "attributes.csv", "attribute_options.csv",
            "families.csv", "family_variants.csv", "product_models.csv", "products.csv");

    private final long seed;

    public CatalogGenerator(long seed) {
        this.seed = seed;
    }

    public Summary write(Path dir, int productCount) throws IOException {
        if (productCount < 0) {
            throw new IllegalArgumentException("productCount must not be negative: " + productCount);
        }
        Files.createDirectories(dir);
        ReferenceFiles.writeAll(dir);
        // one random stream in one fixed order of draws is what makes the output reproducible
        SplittableRandom random = new SplittableRandom(seed);
        long variants;
        long models;
        try (CsvTable products = new CsvTable(dir.resolve("products.csv"), ProductStream.PRODUCT_HEADER);
                CsvTable productModels = new CsvTable(dir.resolve("product_models.csv"), ProductStream.MODEL_HEADER)) {
            ProductStream stream = new ProductStream(random, seed, products, productModels);
            stream.write(productCount);
            variants = stream.variants();
            models = productModels.rows();
        }
        return new Summary(productCount, variants, models, totalBytes(dir));
    }

    private static long totalBytes(Path dir) throws IOException {
        long bytes = 0;
        for (String file : FILES) {
            bytes += Files.size(dir.resolve(file));
        }
        return bytes;
    }

    /** Arguments: outputDir productCount [seed]. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CatalogGenerator <outputDir> <productCount> [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long start = System.nanoTime();
        Summary summary = new CatalogGenerator(seed).write(dir, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(file -> FILES.contains(file.getFileName().toString())).sorted()
                    .forEach(CatalogGenerator::print);
        }
        System.out.printf(
                "%d products (%d variants), %d product models, %.1f MB in %.2f s (%.0f products/s), seed %d%n",
                summary.products(), summary.variants(), summary.models(), summary.bytes() / 1e6, seconds,
                summary.products() / seconds, seed);
    }

    private static void print(Path file) {
        try {
            System.out.printf("  %-24s %,14d bytes%n", file.getFileName(), Files.size(file));
        } catch (IOException e) {
            System.out.printf("  %-24s (size unknown: %s)%n", file.getFileName(), e.getMessage());
        }
    }
}
