package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.constantScore;
import static io.omnipim.search.query.QueryDsl.object;
import static io.omnipim.search.query.QueryDsl.prefix;
import static io.omnipim.search.query.QueryDsl.term;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.search.index.DocumentSource;
import io.omnipim.search.index.TextFolding;

/**
 * The {@code q} parameter as a query over folded words, so case and accents never matter. Scores are constant
 * per kind of match, which makes the ranking explicit: the exact identifier or EAN (and other unique codes) first,
 * then an identifier prefix, then documents whose label holds every word (whole word before prefix), then other
 * text values, option labels and textareas (searched in their own fields). Every word must match somewhere.
 */
final class TextQuery {

    static final double EXACT_CODE = 100;
    static final double IDENTIFIER_PREFIX = 30;
    static final double LABEL_WORD = 10;
    static final double LABEL_PREFIX = 6;
    static final double TEXT_WORD = 3;
    static final double TEXT_PREFIX = 2;
    private static final int MAX_WORDS = 10;

    private TextQuery() {
    }

    /** Folded words of the query, at most ten. */
    static List<String> words(String q) {
        List<String> words = TextFolding.words(q);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /** {@code textareaFields}: the textarea values searched besides the document's words (as text values). */
    static JsonNode of(String q, List<String> locales, List<String> textareaFields) {
        String folded = TextFolding.fold(q).trim();
        ObjectNode query = object();
        ObjectNode bool = query.putObject("bool");
        ArrayNode should = bool.putArray("should");
        should.add(constantScore(term("identifier_folded", folded), EXACT_CODE));
        should.add(constantScore(term("codes", folded), EXACT_CODE));
        if (folded.length() >= 2) {
            should.add(constantScore(prefix("identifier_folded", folded), IDENTIFIER_PREFIX));
        }
        List<String> words = words(q);
        if (!words.isEmpty()) {
            ObjectNode everyWord = object();
            ArrayNode must = everyWord.putObject("bool").putArray("must");
            for (String word : words) {
                must.add(word(word, locales, textareaFields));
            }
            should.add(everyWord);
        }
        bool.put("minimum_should_match", 1);
        return query;
    }

    /**
     * The best way one word matches: a dis_max over label and text, whole word and prefix, in each locale. Labels
     * always have a locale, so only text values are looked up under {@link DocumentSource#ANY_LOCALE} too.
     */
    private static JsonNode word(String word, List<String> locales, List<String> textareaFields) {
        List<String> labelKeys = new ArrayList<>();
        locales.forEach(l -> labelKeys.add(l + ":" + word));
        List<String> textKeys = new ArrayList<>(labelKeys);
        textKeys.add(DocumentSource.ANY_LOCALE + ":" + word);
        ObjectNode disMax = object();
        ArrayNode queries = disMax.putObject("dis_max").putArray("queries");
        queries.add(constantScore(QueryDsl.terms("label_words", labelKeys), LABEL_WORD));
        queries.add(constantScore(QueryDsl.terms("text_words", textKeys), TEXT_WORD));
        if (word.length() >= 2) {
            labelKeys.forEach(key -> queries.add(constantScore(prefix("label_words", key), LABEL_PREFIX)));
            textKeys.forEach(key -> queries.add(constantScore(prefix("text_words", key), TEXT_PREFIX)));
        }
        for (String field : textareaFields) {
            queries.add(constantScore(term(field, word), TEXT_WORD));
            if (word.length() >= 2) {
                queries.add(constantScore(prefix(field, word), TEXT_PREFIX));
            }
        }
        return disMax;
    }
}
