package io.omnipim.ui.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class FieldLinksTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aChannelFieldLinksToTheAttributeThatFeedsIt() throws Exception {
        FieldLinks links = new FieldLinks(json.readTree("""
                {"fields": [
                  {"target": "id", "property": "identifier"},
                  {"target": "description", "source": "description"},
                  {"target": "sale_price_effective_date", "sources": ["sale_start_date", "sale_end_date"]},
                  {"target": "shipping.country", "constant": "FR"}
                ]}"""), "ecommerce", "fr_FR");

        assertThat(links.product("KLW-BUDS-ANC", "description"))
                .isEqualTo("/ui/products/KLW-BUDS-ANC?channel=ecommerce&locale=fr_FR#field-description");
        assertThat(links.product("MLR-TSE-WHT-M", "sale_price_effective_date")).endsWith("#field-sale_start_date");
        assertThat(links.product("MLR-TSE-WHT-M", "shipping.country")).doesNotContain("#");
        assertThat(links.product("Écharpe été", null)).isEqualTo(
                "/ui/products/%C3%89charpe%20%C3%A9t%C3%A9?channel=ecommerce&locale=fr_FR");
    }
}
