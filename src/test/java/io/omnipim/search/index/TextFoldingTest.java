package io.omnipim.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Folding without regular expressions must give exactly what the regular-expression version gave (documents
 * already indexed were folded by it, and queries are folded the same way), on catalog text and on random text.
 */
class TextFoldingTest {

    private static final String[] PIECES = {"a", "Z", "q", "7", "0", " ", "  ", "-", "_", ".", ",", "'", "’", "\t",
            "\n", "é", "É", "è", "ê", "ë", "à", "ç", "Ç", "ô", "û", "ü", "Ü", "ö", "Ö", "ä", "Ä", "ß", "ẞ", "æ", "Æ",
            "œ", "Œ", "ø", "Ø", "ł", "Ł", "đ", "ð", "þ", "ı", "İ", "ﬁ", "e\u0301", "\u0301", "\u20dd", "Σ", "ς", "σ",
            "Ω", "日本", "한", "²", "½", "Ⅻ", "٣", "\u00a0", "€", "°", "😀", "𝐀", "𝟘", "<b>", "&amp;", "Größe",
            "Mérinos", "İstanbul"};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The earlier HTML stripping, kept here as the reference. */
    private static final Pattern TAGS = Pattern.compile("<[^>]*>|&[a-zA-Z]+;|&#\\d+;");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void catalogTextFoldsAsBefore() {
        for (String text : List.of("Chaussettes de running en mérinos", "Merino-Laufsocken Größe 39–42",
                "ÉLAN Œuvre Straße", "T-shirt 100 % coton bio", "", "  ", "ﬁlet İstanbul ı")) {
            assertEquals(referenceFold(text), TextFolding.fold(text), text);
            assertEquals(referenceWords(text), TextFolding.words(text), text);
        }
        assertEquals(List.of("grosse", "39", "42"), TextFolding.words("Größe 39–42"));
    }

    @Test
    void randomTextFoldsAsBefore() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertEquals(referenceFold(s), TextFolding.fold(s), s);
            assertEquals(referenceWords(s), TextFolding.words(s), s);
        }
    }

    @Test
    void anyCharacterFoldsAsBefore() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                int cp = random.nextInt(10) == 0 ? random.nextInt(0x10000, 0x30000) : random.nextInt(0x10000);
                if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                    text.appendCodePoint(cp);
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String s = text.toString();
            assertEquals(referenceFold(s), TextFolding.fold(s), () -> s.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void htmlStripsAsBefore() {
        String[] pieces = {"<", ">", "&", "#", ";", "amp", "12", "x", "é", " ", "<p>", "</b>", "&nbsp;", "&#233;",
                "&#x41;", "&;", "&#;", "a<b", "\n"};
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(10);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertEquals(TAGS.matcher(s).replaceAll(" "), TextFolding.stripHtml(s), s);
        }
        assertEquals(" Chaussures  pour  l été ", TextFolding.stripHtml("<p>Chaussures <b>pour</b> l&rsquo;été</p>"));
    }

    @Test
    void longWordsAreLeftOut() {
        String longWord = "a".repeat(61);
        assertEquals(List.of("court", "a".repeat(60)), TextFolding.words("court " + longWord + " " + "a".repeat(60)));
    }

    /** The earlier implementation, kept here as the reference. */
    private static String referenceFold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        if (bare.chars().allMatch(ch -> ch < 128)) {
            return bare;
        }
        return bare.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
    }

    private static List<String> referenceWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(referenceFold(text))) {
            if (!word.isEmpty() && word.length() <= 60) {
                out.add(word);
            }
        }
        return new ArrayList<>(out);
    }
}
