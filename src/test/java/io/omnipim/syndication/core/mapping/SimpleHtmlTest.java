package io.omnipim.syndication.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The one-pass reader of editor HTML gives, for the HTML it accepts, exactly the text jsoup's document gives, and
 * hands anything else to jsoup.
 */
class SimpleHtmlTest {

    private static final List<String> EDITOR_HTML = List.of(
            "<p><strong>Pieds au sec, zéro ampoule.</strong> Une paire de chaussettes en mérinos&nbsp;: talon"
                    + " renforcé.</p>\n<p>Lavage à 30&nbsp;°C, Smith &amp; Fils.</p>",
            "<p>Ein Paar <em>technische</em> Merinosocken&#8239;– Größe&#160;39–42.</p><ul><li>Kompressionszone</li>"
                    + "<li>Flachnaht &lt;3&gt;</li></ul>",
            "<H2 class=\"title\">Contrôlé, nettoyé</H2><p>Garanti <a href=\"https://boutique.example/g\">12 mois"
                    + "</a>.<br>Livré en 48&nbsp;h<br/>sans frais.</p>",
            "Smith & Fils, 100 % coton & lin &; &-",
            "<ol>\n  <li><p>Étape 1 : charger</p></li>\n  <li>Étape 2&hellip;</li>\n</ol><div>€&euro;&#x20AC;</div>");

    @Test
    void editorHtmlIsReadInOnePassAsJsoupReadsIt() {
        for (String html : EDITOR_HTML) {
            assertThat(SimpleHtml.text(html)).as(html).isNotNull();
            assertThat(HtmlText.tidy(SimpleHtml.text(html))).as(html).isEqualTo(HtmlText.tidy(HtmlText.parsed(html)));
        }
        assertThat(HtmlText.plain(EDITOR_HTML.get(1)))
                .isEqualTo("Ein Paar technische Merinosocken\u202f– Größe 39–42.\n- Kompressionszone\n- Flachnaht <3>");
    }

    @Test
    void brokenOrUnusualHtmlIsLeftToTheParser() {
        for (String html : List.of("<p>a<div>b</div></p>", "<h1>a<h2>b</h2>c</h1>d", "<b><p>x</b>y</p>",
                "<table>x<tr><td>y</td></tr></table>", "<!-- note --><p>a</p>", "a < b", "<script>x</script>",
                "<p>a</div>", "&notit; &amp", "&#xyz;", "a &b c", "<p title=x/>a</p>", "<li>x</li>")) {
            assertThat(SimpleHtml.text(html)).as(html).isNull();
        }
    }

    /** Random tag soup: whatever the one-pass reader accepts must read the same as through jsoup's document. */
    @Test
    void acceptedHtmlAlwaysReadsAsTheParsedDocument() {
        String[] tokens = {"<p>", "</p>", "<div>", "</div>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>",
                "<h1>", "</h1>", "<h3>", "</h3>", "<strong>", "</strong>", "<em>", "</em>", "<b>", "</b>", "<a href=x>",
                "</a>", "<span class='c'>", "</span>", "<br>", "<br/>", "</br>", "<blockquote>", "</blockquote>",
                "<table>", "<td>", "<pre>", "<script>", "</script>", "<!--c-->", "<P>", "</LI>", "<img src=\"a.jpg\">",
                "Größe", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "\r\n", "\f", "mérinos", "-", "&amp;",
                "&nbsp;", "&lt;", "&#160;", "&#x41;", "&#10;", "&#9;", "&euro;", "&hellip;", "&bogus;", "&", "&amp",
                " & ", "&;", "&#", "&#;", "&x",
                "<", ">", "a<b", "&#0;", "&#150;", "\u0001", "\u2003", "€", "x;y", "<p/>", "<li />", "<sup>", "</sup>"};
        SplittableRandom random = new SplittableRandom(20261130);
        int accepted = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder html = new StringBuilder();
            ArrayDeque<String> open = new ArrayDeque<>();
            for (int t = random.nextInt(1, 16); t > 0; t--) {
                String token = tokens[random.nextInt(tokens.length)];
                if (!open.isEmpty() && random.nextInt(3) == 0) {
                    token = "</" + open.pop() + ">";
                } else if (token.matches("<[a-z0-9]+>")) {
                    open.push(token.substring(1, token.length() - 1));
                }
                html.append(token);
            }
            String simple = SimpleHtml.text(html.toString());
            if (simple != null) {
                accepted++;
                assertThat(HtmlText.tidy(simple)).as(html.toString())
                        .isEqualTo(HtmlText.tidy(HtmlText.parsed(html.toString())));
            }
        }
        assertThat(accepted).isGreaterThan(3_000);
    }
}
