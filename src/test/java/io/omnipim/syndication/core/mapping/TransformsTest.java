package io.omnipim.syndication.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text rules channels care about: word-boundary cuts, plain text from HTML, GTIN check digits, prices. */
class TransformsTest {

    @Test
    void truncateCutsAtTheLastWholeWordAndCountsTheEllipsis() {
        String text = "Chaussettes de randonnée en laine mérinos, talon renforcé";
        assertThat(TextTransforms.truncate(text, 100, "")).isEqualTo(text);
        assertThat(TextTransforms.truncate(text, 42, "")).isEqualTo("Chaussettes de randonnée en laine mérinos");
        assertThat(TextTransforms.truncate(text, 44, "…")).isEqualTo("Chaussettes de randonnée en laine mérinos…")
                .hasSizeLessThanOrEqualTo(44);
        assertThat(TextTransforms.truncate("Überlangeproduktbezeichnung", 10, "")).isEqualTo("Überlangep");
    }

    @Test
    void htmlBecomesPlainTextWithEntitiesDecodedAndOneLinePerBlock() {
        assertThat(HtmlText.plain("<p>Größe&nbsp;39–42 &amp; <em>anti-odeurs</em></p><p>Lavage&nbsp;: 30&nbsp;°C"
                + "<br>à plat</p><ul><li>Mérinos</li><li>Nylon</li></ul>")).isEqualTo(
                        "Größe 39–42 & anti-odeurs\nLavage : 30 °C\nà plat\n- Mérinos\n- Nylon");
        assertThat(HtmlText.plain("  Déjà du texte brut  ")).isEqualTo("Déjà du texte brut");
        assertThat(HtmlText.plain("<script>alert(1)</script><p>Sûr</p>")).doesNotContain("<").contains("Sûr");
    }

    @Test
    void gtinChecksTheGs1CheckDigit() {
        assertThat(Gtin.valid("3760289000173")).isTrue();
        assertThat(Gtin.valid("4006381333931")).isTrue();
        assertThat(Gtin.valid("96385074")).isTrue();
        assertThat(Gtin.valid("3760289000174")).isFalse();
        assertThat(Gtin.valid("376028900017")).isFalse();
        assertThat(Gtin.valid("37602890001A3")).isFalse();
    }

    @Test
    void pricesHaveTwoDecimalsAndTheirCurrency() {
        assertThat(OfferTransforms.price("19.9", 2, ".", "EUR")).isEqualTo("19.90 EUR");
        assertThat(OfferTransforms.price("1299", 2, ",", null)).isEqualTo("1299,00");
        assertThat(OfferTransforms.price("14.905", 2, ".", "EUR")).isEqualTo("14.91 EUR");
        assertThat(OfferTransforms.price("n/a", 2, ".", "EUR")).isNull();
    }
}
