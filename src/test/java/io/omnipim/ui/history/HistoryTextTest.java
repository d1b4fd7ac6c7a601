package io.omnipim.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class HistoryTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFieldNameGivesBackTheValuesLocaleAndChannel() {
        assertThat(FlatField.parse("description-fr_FR-ecommerce"))
                .isEqualTo(new FlatField("description", "fr_FR", "ecommerce"));
        assertThat(FlatField.parse("name-de_DE")).isEqualTo(new FlatField("name", "de_DE", null));
        assertThat(FlatField.parse("short_title-mobile")).isEqualTo(new FlatField("short_title", null, "mobile"));
        assertThat(FlatField.parse("stock_quantity")).isEqualTo(new FlatField("stock_quantity", null, null));
    }

    @Test
    void pricesAndMetricsReadAsAmountsWithTheirUnit() throws Exception {
        assertThat(ProductHistoryService.text(json.readTree(
                "[{\"amount\":\"59.00\",\"currency\":\"EUR\"},{\"amount\":\"65.00\",\"currency\":\"USD\"}]")))
                .isEqualTo("59.00 EUR · 65.00 USD");
        assertThat(ProductHistoryService.text(json.readTree("{\"unit\":\"KILOGRAM\",\"amount\":\"0.21\"}")))
                .isEqualTo("0.21 KILOGRAM");
        assertThat(ProductHistoryService.text(json.readTree("[\"clothing_men\",\"clothing_women\"]")))
                .isEqualTo("clothing_men · clothing_women");
        assertThat(ProductHistoryService.text(json.readTree("\"Écharpe d'hiver\""))).isEqualTo("Écharpe d'hiver");
    }
}
