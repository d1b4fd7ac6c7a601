package io.omnipim.search.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Case and accent folding done in Java, the same way at index and at query time, so that search works on an
 * Elasticsearch without the analysis-common module (no asciifolding filter): {@code Élan} and {@code elan} fold to
 * the same word.
 */
public final class TextFolding {

    private static final char CAPITAL_SIGMA = '\u03a3';
    /** Folded form of each UTF-16 unit met so far (see {@link #folded}). */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];
    /** Longer words are not worth a prefix search and would bloat the index. */
    private static final int MAX_WORD = 60;

    private TextFolding() {
    }

    /** Lower case, without diacritics; letters NFD does not decompose (ß, æ, ø, ł…) spelled out. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // most catalog text: no decomposition, no marks to drop
        }
        // character by character from a table: normalising whole descriptions was a fifth of the indexer's time
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 128) {
                out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
            } else if (Character.isSurrogate(ch) || ch == CAPITAL_SIGMA) {
                return foldWhole(text); // lower case depends on the context (final sigma) or the pair
            } else {
                out.append(folded(ch));
            }
        }
        return out.toString();
    }

    /**
     * One character folded on its own, computed once. Folding a text character by character gives what folding
     * it whole gives: decomposition is per character, every mark is dropped whatever its place, and lower case
     * only depends on the context for the capital sigma, which {@link #fold} leaves to {@link #foldWhole}.
     */
    private static String folded(char ch) {
        String f = FOLDED[ch];
        if (f == null) {
            f = foldWhole(String.valueOf(ch));
            FOLDED[ch] = f; // a race only computes the same string twice
        }
        return f;
    }

    /** Folding by normalising the whole text: for what the table cannot do. */
    static String foldWhole(String text) {
        String bare = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        if (isAscii(bare)) {
            return bare;
        }
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char ch = bare.charAt(i);
            switch (ch) {
                case 'ß' :
                    out.append("ss");
                    break;
                case 'æ' :
                    out.append("ae");
                    break;
                case 'œ' :
                    out.append("oe");
                    break;
                case 'ø' :
                    out.append('o');
                    break;
                case 'ł' :
                    out.append('l');
                    break;
                case 'đ' :
                case 'ð' :
                    out.append('d');
                    break;
                case 'þ' :
                    out.append("th");
                    break;
                case 'ı' :
                    out.append('i');
                    break;
                default :
                    out.append(ch);
            }
        }
        return out.toString();
    }

    /** The distinct folded words of a text (runs of letters and digits), in order. */
    public static List<String> words(String text) {
        return foldedWords(fold(text));
    }

    /** The distinct words of a text already folded by {@link #fold}. */
    public static List<String> foldedWords(String folded) {
        Set<String> out = new LinkedHashSet<>();
        eachWord(folded, (text, start, end) -> {
            if (searchable(start, end)) {
                out.add(text.substring(start, end));
            }
        });
        return new ArrayList<>(out);
    }

    /** Receives each word of a text as its bounds, without a string made for it. */
    @FunctionalInterface
    public interface WordConsumer {

        void word(String text, int start, int end);
    }

    /** Every word of a folded text (runs of letters and digits), in order, repeats included. */
    public static void eachWord(String folded, WordConsumer consumer) {
        int start = -1;
        for (int i = 0; i < folded.length();) {
            int cp = folded.codePointAt(i);
            boolean inWord = isWordChar(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                consumer.word(folded, start, i);
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            consumer.word(folded, start, folded.length());
        }
    }

    /** Whether a word is short enough to be searched: longer ones would only bloat the index. */
    public static boolean searchable(int start, int end) {
        return end - start <= MAX_WORD;
    }

    /**
     * A folded text as its words, in order, separated by single spaces: what a text field indexes, so that its
     * tokens are the words {@link #foldedWords} finds whatever the analyzer's own rules ({@code l'eau} is
     * {@code l} and {@code eau}, as a search for {@code eau} expects), and a phrase keeps its order.
     */
    public static String wordText(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        eachWord(folded, (text, start, end) -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(text, start, end);
        });
        return out.toString();
    }

    /** What {@code [\p{L}\p{N}]} matches: a letter, or a digit or other number (², ½, Ⅻ). */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The text without combining marks (what {@code \p{M}} matches), which NFD put after their letters. */
    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length();) {
            int cp = decomposed.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of HTML (a textarea with a WYSIWYG editor): tags ({@code <…>}) and entities ({@code &name;},
     * {@code &#123;}) become spaces; a {@code <} or {@code &} that starts neither stays.
     */
    public static String stripHtml(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        boolean closingAhead = true; // once no '>' is left, no later '<' starts a tag
        int i = 0;
        while (i < html.length()) {
            char ch = html.charAt(i);
            int end = -1;
            if (ch == '<' && closingAhead) {
                int close = html.indexOf('>', i + 1);
                closingAhead = close >= 0;
                end = close < 0 ? -1 : close + 1;
            } else if (ch == '&') {
                end = entityEnd(html, i + 1);
            }
            if (end < 0) {
                out.append(ch);
                i++;
            } else {
                out.append(' ');
                i = end;
            }
        }
        return out.toString();
    }

    /** Where an entity whose name or number starts at {@code from} ends (after its ';'), or -1. */
    private static int entityEnd(String html, int from) {
        boolean numeric = from < html.length() && html.charAt(from) == '#';
        int start = numeric ? from + 1 : from;
        int k = start;
        while (k < html.length() && (numeric ? isDigit(html.charAt(k)) : isAsciiLetter(html.charAt(k)))) {
            k++;
        }
        return k > start && k < html.length() && html.charAt(k) == ';' ? k + 1 : -1;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
}
