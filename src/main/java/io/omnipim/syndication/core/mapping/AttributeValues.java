package io.omnipim.syndication.core.mapping;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;

/**
 * Reads one attribute's value for the connector's channel, locale and currency from a product's effective values,
 * as a mapped value: text as is, a price as its amount in the connector's currency ("14.90"), a metric as
 * "amount UNIT", a multi-select as its list of option codes, a media as its file key.
 */
final class AttributeValues {

    static final String ALL_CHANNELS = "<all_channels>";
    static final String ALL_LOCALES = "<all_locales>";

    private AttributeValues() {
    }

    static Object raw(MappingContext context, String code) {
        ReadStructure.AttributeInfo attribute = context.structure().attributes().get(code);
        if (attribute == null) {
            return null;
        }
        JsonNode data = data(context, attribute);
        if (data == null) {
            return null;
        }
        switch (attribute.kind()) {
            case PRICE :
                return price(data, context.definition().currency());
            case METRIC :
                return data.path("amount").isNull() || data.path("amount").isMissingNode()
                        ? null
                        : data.path("amount").asText() + " " + data.path("unit").asText();
            case MULTI_SELECT :
                List<String> codes = new ArrayList<>();
                data.forEach(c -> codes.add(c.asText()));
                return codes;
            default :
                return data.isValueNode() ? data.asText() : data.toString();
        }
    }

    /** The value as a person reads it in a template: option labels, prices with their currency. */
    static String display(MappingContext context, String code) {
        ReadStructure.AttributeInfo attribute = context.structure().attributes().get(code);
        Object raw = raw(context, code);
        if (attribute == null || raw == null) {
            return null;
        }
        if (attribute.kind().isSelect()) {
            return String.join(", ", Values.texts(CatalogTransforms.optionLabels(context, code, raw)));
        }
        if (attribute.kind() == ValueKind.PRICE) {
            return OfferTransforms.price(raw.toString(), 2, ".", context.definition().currency());
        }
        return String.join(", ", Values.texts(raw));
    }

    private static JsonNode data(MappingContext context, ReadStructure.AttributeInfo attribute) {
        JsonNode byScope = context.document().values().path(attribute.code());
        JsonNode byLocale = byScope.path(attribute.scopable() ? context.definition().channel() : ALL_CHANNELS);
        JsonNode data = byLocale.path(attribute.localizable() ? context.locale() : ALL_LOCALES);
        return data.isMissingNode() || data.isNull() ? null : data;
    }

    private static String price(JsonNode prices, String currency) {
        for (JsonNode price : prices) {
            if (currency.equals(price.path("currency").asText()) && !price.path("amount").isNull()) {
                return price.path("amount").asText();
            }
        }
        return null;
    }
}
