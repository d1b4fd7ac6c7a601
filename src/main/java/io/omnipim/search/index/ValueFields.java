package io.omnipim.search.index;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;

/**
 * One stored value as flat fields of the object {@code v}: {@code v.<attribute>|<scope>|<locale>.<kind>}, with
 * {@code -} for no scope or no locale (codes are letters, digits and underscores, so neither {@code |} nor
 * {@code .} can appear in them and no two values share a field). The kind is the typed leaf the index templates
 * map: {@code keyword} (folded text, option codes, media), {@code text} (textarea words), {@code number} (numbers,
 * metrics in their family's standard unit, prices with one key per currency: {@code …|<locale>|EUR}),
 * {@code date}, {@code bool}. Option labels become searchable words of each locale.
 */
public final class ValueFields {

    /** The object holding every value field. */
    public static final String ROOT = "v";
    public static final String KEYWORD = "keyword";
    public static final String TEXT = "text";
    public static final String NUMBER = "number";
    public static final String DATE = "date";
    public static final String BOOL = "bool";
    /** Stands for "no scope" or "no locale" in a key. */
    public static final String NONE = "-";
    private static final int MAX_KEYWORD = 256;

    private ValueFields() {
    }

    /**
     * Where a document's words and exact codes (identifiers, EAN and other unique values) are collected.
     */
    record Sink(ReadStructure structure, Set<String> codes, Set<String> words, int maxWords) {

        void words(String locale, String text) {
            foldedWords(locale, TextFolding.fold(text));
        }

        /** The words of a text already folded by {@link TextFolding#fold}, each once. */
        void foldedWords(String locale, String folded) {
            String prefix = (locale == null ? DocumentSource.ANY_LOCALE : locale) + ":";
            // one set for the whole document: a set per text and a second string per word were a quarter of the
            // indexer's time
            TextFolding.eachWord(folded, (text, start, end) -> {
                if (words.size() < maxWords && TextFolding.searchable(start, end)) {
                    words.add(new StringBuilder(prefix.length() + end - start).append(prefix)
                            .append(text, start, end).toString());
                }
            });
        }
    }

    /** The key of a value under {@link #ROOT}: attribute, scope and locale ({@code null} for none). */
    public static String key(String attribute, String scope, String locale) {
        return attribute + "|" + (scope == null ? NONE : scope) + "|" + (locale == null ? NONE : locale);
    }

    /** The key of one currency of a price value. */
    public static String priceKey(String key, String currency) {
        return key + "|" + currency;
    }

    /** The full path of a typed leaf: {@code v.<key>.<kind>}. */
    public static String field(String key, String kind) {
        return ROOT + "." + key + "." + kind;
    }

    /** The leaf a kind of attribute is indexed in, or null when it is not indexed. */
    public static String leaf(ValueKind kind) {
        switch (kind) {
            case IDENTIFIER :
            case TEXT :
            case SIMPLE_SELECT :
            case MULTI_SELECT :
            case MEDIA :
                return KEYWORD;
            case TEXTAREA :
                return TEXT;
            case NUMBER :
            case METRIC :
            case PRICE :
                return NUMBER;
            case DATE :
                return DATE;
            case BOOLEAN :
                return BOOL;
            default :
                return null;
        }
    }

    static void add(ObjectNode out, ReadStructure.AttributeInfo info, String scope, String locale, JsonNode data,
            Sink sink) {
        String key = key(info.code(), scope, locale);
        switch (info.kind()) {
            case IDENTIFIER :
            case TEXT :
                String text = data.asText();
                String foldedText = TextFolding.fold(text);
                String folded = truncate(foldedText);
                out.putObject(key).put(KEYWORD, folded);
                sink.foldedWords(locale, foldedText);
                if (info.unique() || info.kind() == ValueKind.IDENTIFIER) {
                    sink.codes().add(folded);
                }
                break;
            case TEXTAREA :
                // searched in its own field (TextQuery), not copied into the document's words: descriptions were
                // most of a document's words, and so of its source and of Elasticsearch's indexing time
                out.putObject(key).put(TEXT, TextFolding.wordText(TextFolding.fold(TextFolding.stripHtml(
                        data.asText()))));
                break;
            case NUMBER :
                number(out, key, DocumentSource.number(data));
                break;
            case BOOLEAN :
                out.putObject(key).put(BOOL, data.asBoolean());
                break;
            case DATE :
                out.putObject(key).put(DATE, data.asText());
                break;
            case METRIC :
                boolean standard = data.hasNonNull("base_data");
                number(out, key, DocumentSource.number(standard ? data.get("base_data") : data.get("amount")));
                break;
            case PRICE :
                for (JsonNode price : data) {
                    String currency = price.path("currency").asText(null);
                    if (currency != null) {
                        number(out, priceKey(key, currency), DocumentSource.number(price.get("amount")));
                    }
                }
                break;
            case SIMPLE_SELECT :
            case MULTI_SELECT :
                ArrayNode codes = out.putObject(key).putArray(KEYWORD);
                for (JsonNode code : data.isArray() ? data : codes.arrayNode().add(data)) {
                    codes.add(code.asText());
                    Map<String, String> labels = sink.structure().optionLabels().getOrDefault(info.code(), Map.of())
                            .getOrDefault(code.asText(), Map.of());
                    labels.forEach(sink::words);
                }
                break;
            case MEDIA :
                out.putObject(key).put(KEYWORD, truncate(data.asText()));
                break;
            default :
                // tables and reference data are not searchable yet
        }
    }

    private static void number(ObjectNode out, String key, Double value) {
        if (value != null) {
            out.putObject(key).put(NUMBER, value);
        }
    }

    private static String truncate(String value) {
        return value.length() > MAX_KEYWORD ? value.substring(0, MAX_KEYWORD) : value;
    }
}
