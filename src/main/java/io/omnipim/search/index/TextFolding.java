package io.omnipim.search.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case and accent folding done in Java, the same way at index and at query time, so that search works on an
 * Elasticsearch without the analysis-common module (no asciifolding filter): {@code Élan} and {@code elan} fold to
 * the same word.
 */
public final class TextFolding {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>|&[a-zA-Z]+;|&#\\d+;");
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
        String folded = fold(text);
        Set<String> out = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i < folded.length();) {
            int cp = folded.codePointAt(i);
            boolean inWord = isWordChar(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addWord(out, folded, start, i);
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            addWord(out, folded, start, folded.length());
        }
        return new ArrayList<>(out);
    }

    private static void addWord(Set<String> out, String text, int start, int end) {
        if (end - start <= MAX_WORD) {
            out.add(text.substring(start, end));
        }
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

    /** The text of HTML (a textarea with a WYSIWYG editor): tags and entities become spaces. */
    public static String stripHtml(String html) {
        return html == null ? "" : TAGS.matcher(html).replaceAll(" ");
    }
}
