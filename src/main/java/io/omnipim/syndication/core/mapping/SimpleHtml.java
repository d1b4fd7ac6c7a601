package io.omnipim.syndication.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Entities;

/**
 * Reads the HTML a WYSIWYG editor writes (paragraphs, lists, headings, bold and italics, properly nested) in one
 * pass, without building a DOM: a description of a million-product feed is stripped here, and a parser's document
 * for each cost a quarter of the mapping time. It gives exactly what {@link HtmlText} gets from jsoup's tree for
 * such HTML: the text with whitespace as spaces and entities decoded, and a line break at each block boundary
 * ({@code "- "} after a list item's). Anything where an HTML5 parser would repair or rearrange the markup
 * (misnesting, a block inside a paragraph, tables, comments, scripts, unknown tags or entities) returns null, and
 * the caller parses it properly.
 */
final class SimpleHtml {

    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "section", "article", "header", "footer");
    private static final Set<String> INLINE = Set.of("strong", "b", "em", "i", "u", "span", "a", "small", "sub",
            "sup", "code");
    private static final Set<String> VOID = Set.of("br", "img", "wbr");

    private final String html;
    private final StringBuilder out;
    private final List<String> open = new ArrayList<>();
    private int at;

    private SimpleHtml(String html) {
        this.html = html;
        this.out = new StringBuilder(html.length());
    }

    /** The text with {@code '\n'} at block boundaries, or null when the HTML needs a real parser. */
    static String text(String html) {
        SimpleHtml reader = new SimpleHtml(html);
        return reader.read() ? reader.out.toString() : null;
    }

    private boolean read() {
        int n = html.length();
        while (at < n) {
            char c = html.charAt(at);
            boolean fine;
            if (c == '<') {
                fine = tag();
            } else if (c == '&') {
                fine = entity();
            } else {
                fine = character(c);
                at++;
            }
            if (!fine) {
                return false;
            }
        }
        // elements left open at the end change nothing: no text follows them
        return true;
    }

    /** Whitespace becomes a space and invisible characters go, as in jsoup's text; control characters bail out. */
    private boolean character(int c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0) {
            out.append(' ');
        } else if (c == 0x200B || c == 0xAD) {
            return true;
        } else if (c < 0x20 || c >= 0x7F && c < 0xA0) {
            return false;
        } else {
            out.appendCodePoint(c);
        }
        return true;
    }

    /**
     * {@code &name;}, {@code &#nnn;} or {@code &#xhh;}, or an ampersand that starts no reference; anything looser is
     * left to the parser.
     */
    private boolean entity() {
        char next = at + 1 < html.length() ? html.charAt(at + 1) : ' ';
        if (!isLetter(next) && next != '#') {
            // "Smith & Fils": no reference starts here, the ampersand is text
            out.append('&');
            at++;
            return true;
        }
        int end = html.indexOf(';', at);
        if (end < 0 || end - at > 40) {
            return false;
        }
        String ref = html.substring(at + 1, end);
        at = end + 1;
        if (ref.startsWith("#")) {
            return number(ref);
        }
        int letters = 0;
        while (letters < ref.length() && isLetter(ref.charAt(letters))) {
            letters++;
        }
        int digits = letters;
        while (digits < ref.length() && ref.charAt(digits) >= '0' && ref.charAt(digits) <= '9') {
            digits++;
        }
        if (letters == 0 || digits != ref.length() || !Entities.isNamedEntity(ref)) {
            return false;
        }
        String value = Entities.getByName(ref);
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (!character(value.codePointAt(i))) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    private boolean number(String ref) {
        boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
        String digits = ref.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 6) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (d < 0 || digits.charAt(i) > 'f') {
                return false;
            }
            value = value * (hex ? 16 : 10) + d;
        }
        boolean plain = value >= 0x20 && value < 0x7F || value >= 0xA0 && value < 0xD800
                || value >= 0xE000 && value <= 0x10FFFF;
        return plain && character(value);
    }

    /** A start or end tag of the known subset, checked against what is open. */
    private boolean tag() {
        int n = html.length();
        boolean end = at + 1 < n && html.charAt(at + 1) == '/';
        int from = at + (end ? 2 : 1);
        int i = from;
        while (i < n && isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        if (i == from || !isLetter(html.charAt(from))) {
            return false;
        }
        String name = html.substring(from, i).toLowerCase(Locale.ROOT);
        int close = end ? (i < n && html.charAt(i) == '>' ? i : -1) : attributesEnd(i);
        if (close < 0) {
            return false;
        }
        boolean selfClosing = !end && html.charAt(close - 1) == '/';
        at = close + 1;
        if (end) {
            return endTag(name);
        }
        return (!selfClosing || VOID.contains(name)) && startTag(name);
    }

    private boolean startTag(String name) {
        if (VOID.contains(name)) {
            if (name.equals("br")) {
                out.append('\n');
            }
            return true;
        }
        if (BLOCKS.contains(name)) {
            // a block closes an open paragraph, a heading an open heading, a list item is only safe in its list
            boolean heading = name.length() == 2 && name.charAt(0) == 'h';
            String parent = open.isEmpty() ? "" : open.get(open.size() - 1);
            if (open.contains("p") || heading && open.stream().anyMatch(o -> o.length() == 2 && o.charAt(0) == 'h')
                    || name.equals("li") && !parent.equals("ul") && !parent.equals("ol")) {
                return false;
            }
            out.append(name.equals("li") ? "\n- " : "\n");
        } else if (!INLINE.contains(name) || name.equals("a") && open.contains("a")) {
            return false;
        }
        open.add(name);
        return true;
    }

    private boolean endTag(String name) {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
            return false;
        }
        open.remove(open.size() - 1);
        if (BLOCKS.contains(name)) {
            out.append('\n');
        }
        return true;
    }

    /**
     * The index of the {@code >} that ends a start tag's attributes (name, {@code name=value}, quoted values), or
     * -1 when they are anything else.
     */
    private int attributesEnd(int from) {
        int n = html.length();
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '/' && i + 1 < n && html.charAt(i + 1) == '>') {
                return i + 1;
            }
            if (!isSpace(c)) {
                return -1;
            }
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i < n && (html.charAt(i) == '>' || html.charAt(i) == '/')) {
                continue;
            }
            int name = i;
            while (i < n && isLetterOrDigit(html.charAt(i)) || i < n && html.charAt(i) == '-') {
                i++;
            }
            if (i == name) {
                return -1;
            }
            if (i < n && html.charAt(i) == '=') {
                i = value(i + 1);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** After {@code =}: a quoted value, or an unquoted one of plain characters; the index after it, or -1. */
    private int value(int from) {
        int n = html.length();
        if (from < n && (html.charAt(from) == '"' || html.charAt(from) == '\'')) {
            int quote = html.indexOf(html.charAt(from), from + 1);
            return quote < 0 ? -1 : quote + 1;
        }
        int i = from;
        while (i < n && (isLetterOrDigit(html.charAt(i)) || "-_.:#%".indexOf(html.charAt(i)) >= 0)) {
            i++;
        }
        return i == from ? -1 : i;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
