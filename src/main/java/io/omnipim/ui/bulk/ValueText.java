package io.omnipim.ui.bulk;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * The value typed in the bulk bar's one text field, turned into the API's standard format for its attribute's
 * type; the write path then validates it for each product as a PATCH would. Decimal commas are accepted.
 */
final class ValueText {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern AMOUNT_AND_CODE = Pattern.compile("(-?[0-9]+(?:[.,][0-9]+)?)\\s*([A-Za-z_]+)");

    /** The text cannot be read as a value of this type. */
    static final class Unreadable extends RuntimeException {

        Unreadable() {
            super(null, null, false, false);
        }
    }

    private ValueText() {
    }

    static JsonNode data(String text, Attribute attribute) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return NullNode.getInstance(); // erases the value, as data: null in a PATCH
        }
        AttributeType type = attribute.attributeType();
        switch (type) {
            case NUMBER :
                return JSON.numberNode(number(value));
            case BOOLEAN :
                return BooleanNode.valueOf(yes(value));
            case MULTI_SELECT : {
                ArrayNode codes = JSON.arrayNode();
                for (String code : value.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.trim());
                    }
                }
                return codes;
            }
            case METRIC :
                return metric(value, attribute);
            case PRICE_COLLECTION :
                return prices(value);
            default :
                return TextNode.valueOf(value);
        }
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new Unreadable();
        }
    }

    private static boolean yes(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "oui", "true", "1", "ja" :
                return true;
            case "no", "non", "false", "0", "nein" :
                return false;
            default :
                throw new Unreadable();
        }
    }

    private static JsonNode metric(String value, Attribute attribute) {
        Matcher m = AMOUNT_AND_CODE.matcher(value);
        if (m.matches()) {
            return JSON.objectNode().put("amount", number(m.group(1)).toPlainString()).put("unit",
                    m.group(2).toUpperCase(Locale.ROOT));
        }
        return JSON.objectNode().put("amount", number(value).toPlainString()).put("unit",
                attribute.defaultMetricUnit());
    }

    private static JsonNode prices(String value) {
        ArrayNode prices = JSON.arrayNode();
        Matcher m = AMOUNT_AND_CODE.matcher(value);
        int end = 0;
        while (m.find()) {
            if (!value.substring(end, m.start()).replaceAll("[\\s,;]", "").isEmpty()) {
                throw new Unreadable();
            }
            prices.addObject().put("amount", number(m.group(1)).toPlainString()).put("currency",
                    m.group(2).toUpperCase(Locale.ROOT));
            end = m.end();
        }
        if (prices.isEmpty() || !value.substring(end).isBlank()) {
            throw new Unreadable();
        }
        return prices;
    }
}
