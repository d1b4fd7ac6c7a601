package io.omnipim.catalog.product.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.catalog.structure.measurement.UnitConversion;

/** Metric, price collection, select, media and table values. */
final class CompositeValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CompositeValues() {
    }

    static JsonNode canonical(Attribute a, JsonNode data, ValueContext context, ValueCheck check) {
        switch (a.attributeType()) {
            case METRIC :
                return metric(a, data, context.catalog(), check);
            case PRICE_COLLECTION :
                return prices(a, data, context.catalog(), check);
            case SIMPLE_SELECT :
                return option(a, data, context.catalog(), check);
            case MULTI_SELECT :
                return options(a, data, context.catalog(), check);
            case IMAGE :
            case FILE :
                return media(a, data, context, check);
            case TABLE :
                if (!data.isArray()) {
                    check.fail("The attribute \"" + a.code() + "\" expects an array of rows as data.");
                    return null;
                }
                return data.isEmpty() ? null : data;
            default :
                check.fail("Unsupported attribute type " + a.type() + ".");
                return null;
        }
    }

    /** Stores the amount in its unit and in the family's standard unit, so filters compare like with like. */
    private static JsonNode metric(Attribute a, JsonNode data, CatalogStructure catalog, ValueCheck check) {
        if (!data.isObject() || !data.has("amount") || !data.has("unit")) {
            check.fail("The attribute \"" + a.code() + "\" expects an object with \"amount\" and \"unit\" as data.");
            return null;
        }
        if (data.get("amount").isNull()) {
            return null;
        }
        BigDecimal amount = Numbers.parse(data.get("amount"));
        if (amount == null) {
            check.fail("The attribute \"" + a.code() + "\" expects a number as amount, "
                    + TypedValues.kind(data.get("amount")) + " given.");
            return null;
        }
        MeasurementFamily family = catalog.measurementFamilies().get(a.metricFamily());
        String unit = data.get("unit").asText();
        MeasurementFamily.Unit definition = family == null ? null : family.units().get(unit);
        if (definition == null) {
            check.fail("The unit \"" + unit + "\" does not exist in the measurement family \"" + a.metricFamily()
                    + "\".");
            return null;
        }
        if (!Numbers.checkNumber(a, amount, check)) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        out.put("amount", Numbers.canonical(amount));
        out.put("unit", unit);
        out.put("base_data", Numbers.canonical(UnitConversion.toStandard(amount, definition.convertFromStandard())));
        out.put("base_unit", family.standardUnitCode());
        return out;
    }

    /** One price per currency, sorted by currency, amounts with at least two decimals ("12.50"). */
    private static JsonNode prices(Attribute a, JsonNode data, CatalogStructure catalog, ValueCheck check) {
        if (!data.isArray()) {
            check.fail("The attribute \"" + a.code() + "\" expects an array of prices as data.");
            return null;
        }
        TreeMap<String, String> byCurrency = new TreeMap<>();
        for (JsonNode price : data) {
            String currency = price.path("currency").asText(null);
            if (!price.isObject() || currency == null || !price.has("amount")) {
                check.fail("Each price needs an \"amount\" and a \"currency\".");
                return null;
            }
            if (!catalog.currencyEnabled(currency)) {
                check.fail("The currency \"" + currency + "\" does not exist or is not activated.");
                return null;
            }
            if (byCurrency.containsKey(currency)) {
                check.fail("The currency \"" + currency + "\" is given twice.");
                return null;
            }
            JsonNode amountNode = price.get("amount");
            if (amountNode.isNull()) {
                continue;
            }
            BigDecimal amount = Numbers.parse(amountNode);
            if (amount == null) {
                check.fail("The price amount must be a number, " + TypedValues.kind(amountNode) + " given.");
                return null;
            }
            if (!Numbers.checkNumber(a, amount, check)) {
                return null;
            }
            byCurrency.put(currency, priceAmount(amount));
        }
        if (byCurrency.isEmpty()) {
            return null;
        }
        ArrayNode out = NODES.arrayNode();
        byCurrency.forEach((currency, amount) -> out.addObject().put("amount", amount).put("currency", currency));
        return out;
    }

    static String priceAmount(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2
                ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : stripped.toPlainString();
    }

    private static JsonNode option(Attribute a, JsonNode data, CatalogStructure catalog, ValueCheck check) {
        if (!data.isTextual()) {
            check.fail("The attribute \"" + a.code() + "\" expects an option code (string) as data.");
            return null;
        }
        if (data.textValue().isEmpty()) {
            return null;
        }
        String code = resolveOption(a, data.textValue(), catalog);
        if (code == null) {
            check.fail("The option \"" + data.textValue() + "\" does not exist for the attribute \"" + a.code()
                    + "\".");
            return null;
        }
        return TextNode.valueOf(code);
    }

    private static JsonNode options(Attribute a, JsonNode data, CatalogStructure catalog, ValueCheck check) {
        if (!data.isArray()) {
            check.fail("The attribute \"" + a.code() + "\" expects an array of option codes as data.");
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode item : data) {
            String code = item.isTextual() ? resolveOption(a, item.textValue(), catalog) : null;
            if (code == null) {
                check.fail("The option \"" + item.asText() + "\" does not exist for the attribute \"" + a.code()
                        + "\".");
                return null;
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            return null;
        }
        ArrayNode out = NODES.arrayNode();
        codes.forEach(out::add);
        return out;
    }

    /** Option codes match case-insensitively, as in Akeneo; the stored code is the option's own. */
    private static String resolveOption(Attribute a, String given, CatalogStructure catalog) {
        var options = catalog.optionsOf(a.code());
        if (options.containsKey(given)) {
            return given;
        }
        return options.keySet().stream().filter(k -> k.equalsIgnoreCase(given)).findFirst().orElse(null);
    }

    private static JsonNode media(Attribute a, JsonNode data, ValueContext context, ValueCheck check) {
        if (!data.isTextual()) {
            check.fail("The attribute \"" + a.code() + "\" expects a media file code as data.");
            return null;
        }
        if (data.textValue().isEmpty()) {
            return null;
        }
        if (!context.mediaExists().test(data.textValue())) {
            check.fail("The media file \"" + data.textValue() + "\" does not exist: upload it first with POST"
                    + " /api/rest/v1/media-files.");
            return null;
        }
        return data;
    }
}
