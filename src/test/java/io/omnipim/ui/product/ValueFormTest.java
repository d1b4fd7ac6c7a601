package io.omnipim.ui.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.attribute.Attribute;

/** Values between the standard format and the form: what is shown, what counts as a change, what is sent. */
class ValueFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CURRENCIES = List.of("EUR", "USD");

    private static Attribute attribute(String code, String type) {
        return new Attribute(code, type, "offer", false, true, List.of(), "Weight", "KILOGRAM", null, List.of(), null,
                null, null, false, null, null, true, false, null, null, null, null, 1, false, false, Map.of(),
                Map.of(), false, null, Map.of());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void pricesShowTwoDecimalsAndAFrenchCommaIsSentAsADecimalPoint() throws Exception {
        Attribute price = attribute("price", "pim_catalog_price_collection");
        Map<String, List<String>> shown = ValueForm.fields(price, json("[{\"amount\":\"59.9\",\"currency\":\"EUR\"}]"),
                CURRENCIES);
        assertThat(shown).containsEntry("v.price.EUR", List.of("59.90")).containsEntry("v.price.USD", List.of(""));

        Map<String, List<String>> sent = Map.of("v.price.EUR", List.of("49,90"), "v.price.USD", List.of(""));
        assertThat(ValueForm.changed(shown, sent, price)).isTrue();
        assertThat(ValueForm.data(price, sent, CURRENCIES).toString())
                .isEqualTo("[{\"amount\":\"49.90\",\"currency\":\"EUR\"}]");
    }

    @Test
    void anUntouchedFieldIsNotAChangeEvenWithWindowsLineBreaksOrAnotherNumberFormat() throws Exception {
        Attribute text = attribute("care_instructions", "pim_catalog_textarea");
        Map<String, List<String>> shown = ValueForm.fields(text, json("\"Lavage à 30 °C.\\nSécher à plat.\""),
                CURRENCIES);
        assertThat(ValueForm.changed(shown, Map.of("v.care_instructions", List.of("Lavage à 30 °C.\r\nSécher à plat.")),
                text)).isFalse();

        Attribute stock = attribute("stock_quantity", "pim_catalog_number");
        Map<String, List<String>> number = ValueForm.fields(stock, json("\"12.0000\""), CURRENCIES);
        assertThat(number).containsEntry("v.stock_quantity", List.of("12"));
        assertThat(ValueForm.changed(number, Map.of("v.stock_quantity", List.of("12")), stock)).isFalse();
    }

    @Test
    void emptyingAFieldRemovesTheValue() throws Exception {
        Attribute weight = attribute("weight", "pim_catalog_metric");
        Map<String, List<String>> shown = ValueForm.fields(weight, json("{\"amount\":\"0.35\",\"unit\":\"KILOGRAM\"}"),
                CURRENCIES);
        Map<String, List<String>> sent = Map.of("v.weight.amount", List.of(""), "v.weight.unit", List.of("KILOGRAM"));
        assertThat(ValueForm.changed(shown, sent, weight)).isTrue();
        assertThat(ValueForm.data(weight, sent, CURRENCIES).isNull()).isTrue();

        Attribute waterproof = attribute("waterproof", "pim_catalog_boolean");
        assertThat(ValueForm.data(waterproof, Map.of("v.waterproof", List.of("")), CURRENCIES).isNull()).isTrue();
        assertThat(ValueForm.data(waterproof, Map.of("v.waterproof", List.of("false")), CURRENCIES).asBoolean(true))
                .isFalse();
    }
}
