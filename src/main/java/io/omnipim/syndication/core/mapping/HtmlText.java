package io.omnipim.syndication.core.mapping;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (a WYSIWYG description) as plain text for channels that refuse markup: entities decoded, tags dropped, each
 * paragraph or list item on its own line, list items as "- item".
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt");

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private HtmlText() {
    }

    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                    if (e.normalName().equals("li")) {
                        out.append("- ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return tidy(out.toString());
    }

    /** One space between words, no blank lines, no spaces at line ends. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String clean = SPACES.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
            if (!clean.isEmpty() && !clean.equals("-")) {
                out.append(out.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }
}
