package io.omnipim.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes products and product models in one pass. Variants come in groups right after their model, and the
 * variant share is steered towards exactly 30 % while writing, so no product is ever kept in memory.
 */
final class ProductStream {

    static final List<String> PRODUCT_HEADER = List.of("sku", "family", "categories", "enabled", "groups",
            "parent", "name-en_US", "name-fr_FR", "name-de_DE", "description-en_US-ecommerce",
            "description-fr_FR-ecommerce", "description-de_DE-ecommerce", "brand", "color", "size", "material",
            "price-EUR", "price-USD", "price-GBP", "stock_quantity", "delivery_delay_days", "ean", "weight",
            "weight-unit", "release_date", "waterproof");

    static final List<String> MODEL_HEADER = List.of("code", "family_variant", "categories", "name-en_US",
            "name-fr_FR", "name-de_DE", "description-en_US-ecommerce", "description-fr_FR-ecommerce",
            "description-de_DE-ecommerce", "brand", "material");

    static final int VARIANT_PERCENT = 30;

    private final SplittableRandom random;
    private final long seed;
    private final CsvTable products;
    private final CsvTable models;
    private long written;
    private long variants;

    ProductStream(SplittableRandom random, long seed, CsvTable products, CsvTable models) {
        this.random = random;
        this.seed = seed;
        this.products = products;
        this.models = models;
    }

    void write(int count) throws IOException {
        long variantTarget = Math.round(count * (VARIANT_PERCENT / 100.0));
        while (written < count) {
            // a group starts only while the variant share is behind 30 %, so the variants still owed always fit
            // into the remaining rows and the file ends with exactly the target count
            if (variants * count < variantTarget * written) {
                writeModelGroup((int) Math.min(variantTarget - variants, Integer.MAX_VALUE));
            } else {
                writeSimple();
            }
        }
    }

    long variants() {
        return variants;
    }

    private void writeSimple() throws IOException {
        Family family = drawSimpleFamily();
        ProductContent content = ProductContent.draw(family, random);
        Option color = family.colors().get(random.nextInt(family.colors().size()));
        String size = family.sizes().isEmpty() ? "" : family.sizes().get(random.nextInt(family.sizes().size())).code();
        Offer offer = Offer.draw(family, Offer.drawPriceCents(family, random), Offer.drawReleaseDate(random),
                written, seed, random);
        Label name = content.name();
        Label description = content.description();
        products.write(sku(), family.code(), content.categories(), flag(offer.enabled()), "", "",
                name.en(), name.fr(), name.de(), description.en(), description.fr(), description.de(),
                content.brand().code(), color.code(), size, content.materials(), offer.eur(), offer.usd(),
                offer.gbp(), Integer.toString(offer.stock()), Integer.toString(offer.deliveryDays()), offer.ean(),
                offer.weightKilograms(), "KILOGRAM", offer.releaseDate(), flag(content.waterproof()));
        written++;
    }

    private void writeModelGroup(int maxVariants) throws IOException {
        Family family = random.nextInt(100) < 60 ? Family.CLOTHING : Family.SHOES;
        ProductContent content = ProductContent.draw(family, random);
        String model = "MODEL-" + padded(models.rows() + 1, 6);
        Label name = content.name();
        Label description = content.description();
        models.write(model, family.variant(), content.categories(), name.en(), name.fr(), name.de(),
                description.en(), description.fr(), description.de(), content.brand().code(), content.materials());
        int size = Math.min(maxVariants, family == Family.SHOES ? 3 + random.nextInt(6) : 2 + random.nextInt(7));
        long priceCents = Offer.drawPriceCents(family, random);
        String releaseDate = Offer.drawReleaseDate(random);
        for (VariantAxes.Combination axes : VariantAxes.draw(family, size, random)) {
            Offer offer = Offer.draw(family, priceCents, releaseDate, written, seed, random);
            // marketing cells stay empty: the model holds them and the variant inherits them
            products.write(sku(), family.code(), content.categories(), flag(offer.enabled()), "", model,
                    "", "", "", "", "", "", "", axes.color(), axes.size(), "", offer.eur(), offer.usd(), offer.gbp(),
                    Integer.toString(offer.stock()), Integer.toString(offer.deliveryDays()), offer.ean(),
                    offer.weightKilograms(), "KILOGRAM", offer.releaseDate(), flag(content.waterproof()));
            written++;
            variants++;
        }
    }

    /** Simple products: 50 % clothing, 20 % shoes, 30 % electronics (which never has variants). */
    private Family drawSimpleFamily() {
        int roll = random.nextInt(100);
        return roll < 50 ? Family.CLOTHING : roll < 70 ? Family.SHOES : Family.ELECTRONICS;
    }

    private String sku() {
        return "SKU-" + padded(written + 1, 7);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    static String padded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
