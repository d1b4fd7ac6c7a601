package io.omnipim.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The values that differ per sellable SKU: price, stock, EAN, weight, release date and status. */
record Offer(long priceCents, int stock, int deliveryDays, String ean, int grams, String releaseDate,
        boolean enabled) {

    private static final long FIRST_RELEASE_DAY = LocalDate.of(2016, 1, 1).toEpochDay();
    private static final int RELEASE_DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_RELEASE_DAY + 1);
    private static final int[] CENT_ENDINGS = {90, 99, 0, 50};

    /** Cheap items are more common than expensive ones, as in a real assortment. */
    static long drawPriceCents(Family family, SplittableRandom random) {
        double skew = random.nextDouble();
        int euros = family.priceEuros().min()
                + (int) ((family.priceEuros().max() - family.priceEuros().min()) * skew * skew);
        return euros * 100L + CENT_ENDINGS[random.nextInt(CENT_ENDINGS.length)];
    }

    static String drawReleaseDate(SplittableRandom random) {
        return LocalDate.ofEpochDay(FIRST_RELEASE_DAY + random.nextInt(RELEASE_DAYS)).toString();
    }

    /**
     * @param eanIndex the product's ordinal in the catalog, which keeps EANs unique
     */
    static Offer draw(Family family, long priceCents, String releaseDate, long eanIndex, long seed,
            SplittableRandom random) {
        // one product in ten is out of stock and then takes longer to deliver
        int stock = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500);
        int delivery = stock == 0 ? 14 + random.nextInt(21) : 1 + random.nextInt(5);
        int grams = family.grams().min() + random.nextInt(family.grams().max() - family.grams().min() + 1);
        boolean enabled = random.nextInt(100) >= 5;
        return new Offer(priceCents, stock, delivery, Gtin.ean13(eanIndex, seed), grams, releaseDate, enabled);
    }

    String eur() {
        return decimal(priceCents, 100, 2);
    }

    /** Derived from the euro price at a fixed rate, as a PIM's price rules would, rounded to the cent. */
    String usd() {
        return decimal((priceCents * 108 + 50) / 100, 100, 2);
    }

    String gbp() {
        return decimal((priceCents * 86 + 50) / 100, 100, 2);
    }

    /** Kilograms with three decimals. */
    String weightKilograms() {
        return decimal(grams, 1000, 3);
    }

    /** Avoids String.format, which is measurably slow at a million rows. */
    static String decimal(long value, int scale, int digits) {
        String fraction = Long.toString(value % scale);
        StringBuilder out = new StringBuilder(12).append(value / scale).append('.');
        for (int i = fraction.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }
}
