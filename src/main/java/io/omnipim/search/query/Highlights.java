package io.omnipim.search.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.omnipim.search.index.TextFolding;

/**
 * Marks the words of a label that the query matched (whole word or prefix, folded like the index) with
 * {@code <em>}; the rest of the text is HTML-escaped. Done here rather than by Elasticsearch, which only sees the
 * folded words.
 */
final class Highlights {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Highlights() {
    }

    static Map<String, String> of(String label, String identifier, String q, List<String> words) {
        Map<String, String> out = new LinkedHashMap<>();
        if (q == null || q.isBlank()) {
            return out;
        }
        String folded = TextFolding.fold(q).trim();
        if (identifier != null && !folded.isEmpty() && TextFolding.fold(identifier).startsWith(folded)) {
            out.put("identifier", "<em>" + escape(identifier) + "</em>");
        }
        if (label != null) {
            String marked = mark(label, words);
            if (marked != null) {
                out.put("label", marked);
            }
        }
        return out;
    }

    private static String mark(String text, List<String> words) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            String word = TextFolding.fold(m.group());
            boolean hit = words.stream().anyMatch(w -> word.equals(w) || (w.length() >= 2 && word.startsWith(w)));
            out.append(escape(text.substring(last, m.start())));
            out.append(hit ? "<em>" + escape(m.group()) + "</em>" : escape(m.group()));
            any |= hit;
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return any ? out.toString() : null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
