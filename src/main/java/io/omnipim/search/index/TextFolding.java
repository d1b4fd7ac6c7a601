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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        if (bare.chars().allMatch(ch -> ch < 128)) {
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

    /** The distinct folded words of a text, in order. */
    public static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty() && word.length() <= MAX_WORD) {
                out.add(word);
            }
        }
        return new ArrayList<>(out);
    }

    /** The text of HTML (a textarea with a WYSIWYG editor): tags and entities become spaces. */
    public static String stripHtml(String html) {
        return html == null ? "" : TAGS.matcher(html).replaceAll(" ");
    }
}
