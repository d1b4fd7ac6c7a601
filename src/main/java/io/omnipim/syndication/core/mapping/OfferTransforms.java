package io.omnipim.syndication.core.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.syndication.core.definition.Transform;

/** Transforms of offer data: price_format, stock_to_availability, date_range, unit_format. */
final class OfferTransforms {

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxx");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("KILOGRAM", "kg"),
            Map.entry("GRAM", "g"), Map.entry("MILLIGRAM", "mg"), Map.entry("POUND", "lb"), Map.entry("OUNCE", "oz"),
            Map.entry("METER", "m"), Map.entry("CENTIMETER", "cm"), Map.entry("MILLIMETER", "mm"),
            Map.entry("INCH", "in"), Map.entry("FOOT", "ft"), Map.entry("LITER", "l"), Map.entry("MILLILITER", "ml"),
            Map.entry("GIGABYTE", "GB"), Map.entry("TERABYTE", "TB"), Map.entry("MEGABYTE", "MB"));

    private OfferTransforms() {
    }

    static Object apply(Transform t, Object value, MappingContext context, String field) {
        switch (t.name()) {
            case "price_format" :
                boolean withCurrency = !t.option("currency").isBoolean() || t.option("currency").booleanValue();
                int decimals = t.option("decimals").canConvertToInt() ? t.option("decimals").asInt() : 2;
                String separator = t.option("decimal_separator").asText(".");
                String currency = withCurrency ? context.definition().currency() : null;
                return Values.each(value, v -> price(v, decimals, separator, currency));
            case "stock_to_availability" :
                return availability(t, value, context);
            case "date_range" :
                return dateRange(value, ZoneId.of(t.text("timezone", "UTC")), context, field);
            default :
                JsonNode units = t.option("units");
                return Values.each(value, v -> unit(v, units));
        }
    }

    /** "15.00 EUR" (or "15.00" without a currency); null when the amount is not a number. */
    static String price(String amount, int decimals, String separator, String currency) {
        BigDecimal number;
        try {
            number = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        String text = number.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace(".", separator);
        return currency == null ? text : text + " " + currency;
    }

    /**
     * in_stock when the stock is above the safety stock, else out_of_stock; a pre-order or backorder set on the
     * product's availability attribute wins, as it does when the stock is unknown. Codes are then relabelled.
     */
    private static Object availability(Transform t, Object value, MappingContext context) {
        int threshold = t.args().isObject() ? t.integer("threshold", 0) : t.integer("", 0);
        String attribute = t.option("availability_attribute").asText(null);
        Object declared = attribute == null ? null : AttributeValues.raw(context, attribute);
        String code;
        if (declared != null && List.of("preorder", "backorder").contains(declared.toString())) {
            code = declared.toString();
        } else if (Values.isEmpty(value)) {
            code = declared == null ? null : declared.toString();
        } else {
            code = new BigDecimal(value.toString().trim()).compareTo(BigDecimal.valueOf(threshold)) > 0
                    ? "in_stock"
                    : "out_of_stock";
        }
        JsonNode label = code == null ? null : t.option("labels").get(code);
        return label != null && label.isValueNode() ? label.asText() : code;
    }

    /** [start, end] dates → "2025-03-01T00:00+0100/2025-03-15T23:59+0100", the whole days in the time zone. */
    private static Object dateRange(Object value, ZoneId zone, MappingContext context, String field) {
        List<String> dates = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        if (dates.size() != 2 || dates.get(0).isBlank() || dates.get(1).isBlank()) {
            return null;
        }
        try {
            LocalDate start = LocalDate.parse(dates.get(0).substring(0, 10));
            LocalDate end = LocalDate.parse(dates.get(1).substring(0, 10));
            if (end.isBefore(start)) {
                context.issue(field, "the promotion ends (" + end + ") before it starts (" + start + ")");
                return null;
            }
            return start.atStartOfDay(zone).format(ISO_MINUTES) + "/"
                    + end.atTime(23, 59).atZone(zone).format(ISO_MINUTES);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            context.issue(field, "not a date range: " + dates);
            return null;
        }
    }

    /** "0.04 KILOGRAM" → "0.04 kg", with the connector's own unit names first. */
    private static String unit(String value, JsonNode names) {
        int space = value.lastIndexOf(' ');
        if (space < 0) {
            return value;
        }
        String unit = value.substring(space + 1);
        JsonNode own = names == null ? null : names.get(unit);
        String name = own != null && own.isValueNode() ? own.asText() : UNITS.getOrDefault(unit, unit);
        return value.substring(0, space) + " " + name;
    }
}
