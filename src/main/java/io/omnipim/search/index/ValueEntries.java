package io.omnipim.search.index;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;

/**
 * One stored value as entries of the nested {@code values} list: text is folded into {@code keyword} (exact,
 * prefix, contains) and {@code text} (words); numbers, metrics (in their family's standard unit) and prices (one
 * entry per currency) go to {@code number} with the unit or currency in {@code keyword}; options keep their codes,
 * and their labels become searchable words of each locale.
 */
public final class ValueEntries {

    private static final int MAX_KEYWORD = 256;

    private ValueEntries() {
    }

    /**
     * Where a document's words, exact codes (identifiers, EAN and other unique values) and facet codes are
     * collected.
     */
    record Sink(ReadStructure structure, Set<String> codes, Set<String> words, Set<String> facetCodes,
            int maxWords) {

        void words(String locale, String text) {
            for (String word : TextFolding.words(text)) {
                if (words.size() >= maxWords) {
                    return;
                }
                words.add((locale == null ? DocumentSource.ANY_LOCALE : locale) + ":" + word);
            }
        }
    }

    static void add(ArrayNode out, ReadStructure.AttributeInfo info, String scope, String locale, JsonNode data,
            Sink sink) {
        switch (info.kind()) {
            case IDENTIFIER :
            case TEXT :
                String text = data.asText();
                String folded = TextFolding.fold(text);
                entry(out, info, scope, locale).put("keyword", truncate(folded)).put("text", folded);
                sink.words(locale, text);
                if (info.unique() || info.kind() == ValueKind.IDENTIFIER) {
                    sink.codes().add(truncate(folded));
                }
                break;
            case TEXTAREA :
                String plain = TextFolding.stripHtml(data.asText());
                entry(out, info, scope, locale).put("text", TextFolding.fold(plain));
                sink.words(locale, plain);
                break;
            case NUMBER :
                entry(out, info, scope, locale).put("number", DocumentSource.number(data));
                break;
            case BOOLEAN :
                entry(out, info, scope, locale).put("bool", data.asBoolean());
                if (isFlat(info)) {
                    sink.facetCodes().add(facetCode(info.code(), Boolean.toString(data.asBoolean())));
                }
                break;
            case DATE :
                entry(out, info, scope, locale).put("date", data.asText());
                break;
            case METRIC :
                boolean standard = data.hasNonNull("base_data");
                entry(out, info, scope, locale)
                        .put("number", DocumentSource.number(standard ? data.get("base_data") : data.get("amount")))
                        .put("keyword", data.path(standard ? "base_unit" : "unit").asText(null));
                break;
            case PRICE :
                for (JsonNode price : data) {
                    entry(out, info, scope, locale).put("number", DocumentSource.number(price.get("amount")))
                            .put("keyword", price.path("currency").asText(null));
                }
                break;
            case SIMPLE_SELECT :
            case MULTI_SELECT :
                ArrayNode codes = entry(out, info, scope, locale).putArray("keyword");
                for (JsonNode code : data.isArray() ? data : out.arrayNode().add(data)) {
                    codes.add(code.asText());
                    if (isFlat(info)) {
                        sink.facetCodes().add(facetCode(info.code(), code.asText()));
                    }
                    Map<String, String> labels = sink.structure().optionLabels().getOrDefault(info.code(), Map.of())
                            .getOrDefault(code.asText(), Map.of());
                    labels.forEach(sink::words);
                }
                break;
            case MEDIA :
                entry(out, info, scope, locale).put("keyword", truncate(data.asText()));
                break;
            default :
                // tables and reference data are not searchable yet
        }
    }

    /**
     * Whether the attribute's options (or true/false) are also kept as {@code <attribute>=<code>} in the top-level
     * {@code facet_codes}: for attributes of no locale and no channel, the common case, whose facets and filters
     * then need no nested query.
     */
    public static boolean isFlat(ReadStructure.AttributeInfo info) {
        return !info.localizable() && !info.scopable()
                && (info.kind().isSelect() || info.kind() == ValueKind.BOOLEAN);
    }

    public static String facetCode(String attribute, String code) {
        return attribute + "=" + code;
    }

    private static ObjectNode entry(ArrayNode out, ReadStructure.AttributeInfo info, String scope, String locale) {
        ObjectNode entry = out.addObject().put("attribute", info.code());
        if (scope != null) {
            entry.put("scope", scope);
        }
        if (locale != null) {
            entry.put("locale", locale);
        }
        return entry;
    }

    private static String truncate(String value) {
        return value.length() > MAX_KEYWORD ? value.substring(0, MAX_KEYWORD) : value;
    }
}
