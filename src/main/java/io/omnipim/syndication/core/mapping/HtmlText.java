package io.omnipim.syndication.core.mapping;

import java.util.Set;

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

    private HtmlText() {
    }

    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        String simple = SimpleHtml.text(html);
        return tidy(simple != null ? simple : parsed(html));
    }

    /** The text of jsoup's document, with line breaks around blocks: for any HTML, however broken. */
    static String parsed(String html) {
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
        return out.toString();
    }

    /** One space between words, no blank lines, no spaces at line ends. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            line.setLength(0);
            boolean afterSpace = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                boolean space = c == ' ' || c == '\t' || c == '\u00a0';
                if (!space || !afterSpace) {
                    line.append(space ? ' ' : c);
                }
                afterSpace = space;
            }
            String clean = line.toString().strip();
            if (!clean.isEmpty() && !clean.equals("-")) {
                out.append(out.isEmpty() ? "" : "\n").append(clean);
            }
            start = end + 1;
        }
        return out.toString();
    }
}
