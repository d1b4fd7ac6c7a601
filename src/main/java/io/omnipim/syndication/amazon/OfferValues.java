package io.omnipim.syndication.amazon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The offer fields of one listing, read and checked once: prices as decimals, stock and handling time as whole
 * numbers. A value that cannot be read becomes a {@link ListingIssue} and the listing is not sent, because Amazon would
 * reject the whole message for it anyway and the user is better told where the bad value is.
 */
record OfferValues(BigDecimal ourPrice, BigDecimal discountedPrice, String discountStart, String discountEnd,
        Integer quantity, Integer leadTimeDays) {

    boolean hasPrice() {
        return ourPrice != null;
    }

    boolean hasAvailability() {
        return quantity != null || leadTimeDays != null;
    }

    static OfferValues read(String sku, Map<String, Object> fields, String currency, List<ListingIssue> problems) {
        return new OfferValues(price(sku, fields, "our_price", currency, problems),
                price(sku, fields, "discounted_price", currency, problems),
                date(sku, fields, "discounted_price_start_at", false, problems),
                date(sku, fields, "discounted_price_end_at", true, problems),
                count(sku, fields, "quantity", problems), count(sku, fields, "lead_time_to_ship_max_days", problems));
    }

    private static BigDecimal price(String sku, Map<String, Object> fields, String name, String currency,
            List<ListingIssue> problems) {
        String text = text(fields.get(name));
        if (text == null) {
            return null;
        }
        String amount = text;
        int space = text.indexOf(' ');
        if (space > 0) {
            amount = text.substring(0, space);
            String given = text.substring(space + 1).trim();
            if (!given.equalsIgnoreCase(currency)) {
                problems.add(ListingIssue.refused(sku, name, name + " is in " + given + " but this Amazon connector"
                        + " sells in " + currency + ": map the " + currency + " price."));
                return null;
            }
        }
        try {
            BigDecimal value = new BigDecimal(amount);
            if (value.signum() < 0) {
                problems.add(ListingIssue.refused(sku, name, name + " is negative (" + text + ")."));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(ListingIssue.refused(sku, name, name + " '" + text + "' is not a price: write the amount"
                    + " with a dot for decimals, e.g. 24.90."));
            return null;
        }
    }

    private static Integer count(String sku, Map<String, Object> fields, String name, List<ListingIssue> problems) {
        String text = text(fields.get(name));
        if (text == null) {
            return null;
        }
        try {
            int value = new BigDecimal(text).intValueExact();
            if (value < 0) {
                problems.add(ListingIssue.refused(sku, name, name + " is negative (" + text + ")."));
                return null;
            }
            return value;
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(ListingIssue.refused(sku, name, name + " '" + text + "' is not a whole number."));
            return null;
        }
    }

    /** Amazon wants date-times; a catalog date starts at 00:00 UTC, and an end date lasts until 23:59:59. */
    private static String date(String sku, Map<String, Object> fields, String name, boolean end,
            List<ListingIssue> problems) {
        String text = text(fields.get(name));
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text) + (end ? "T23:59:59Z" : "T00:00:00Z");
            }
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            problems.add(ListingIssue.refused(sku, name, name + " '" + text + "' is not a date: use YYYY-MM-DD,"
                    + " e.g. 2025-11-28."));
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
