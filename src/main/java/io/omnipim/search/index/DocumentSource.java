package io.omnipim.search.index;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;

/**
 * An {@link IndexDocument} as the JSON source of an index document (see {@link IndexMapping}). Searchable words
 * are folded here and stored as {@code <locale>:<word>}, or {@code *:<word>} for a value of no locale, so one
 * keyword field serves every locale and a prefix query finds word beginnings; textareas keep their words in their
 * own field. Values become flat typed fields ({@link ValueFields}).
 */
public final class DocumentSource {

    /** A locale-independent word. */
    public static final String ANY_LOCALE = "*";
    private static final int MAX_WORDS = 5000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentSource() {
    }

    public static ObjectNode of(IndexDocument doc, ReadStructure structure) {
        ObjectNode out = NODES.objectNode();
        out.put("type", doc.type());
        out.put("id", doc.id());
        out.put("identifier", doc.identifier());
        out.put("identifier_folded", TextFolding.fold(doc.identifier()));
        out.put("version", doc.version());
        out.put("fingerprint", doc.fingerprint());
        out.put("enabled", doc.enabled());
        out.put("family", doc.family());
        out.put("family_variant", doc.familyVariant());
        out.put("parent", doc.parent());
        strings(out.putArray("ancestors"), doc.ancestors());
        strings(out.putArray("categories"), doc.categories());
        strings(out.putArray("categories_tree"), doc.categoriesWithAncestors());
        strings(out.putArray("groups"), doc.groups());
        out.put("created", doc.created() == null ? null : doc.created().toString());
        out.put("updated", doc.updated() == null ? null : doc.updated().toString());
        Set<String> codes = new LinkedHashSet<>();
        codes.add(TextFolding.fold(doc.identifier()));
        Set<String> textWords = new LinkedHashSet<>();
        out.set(ValueFields.ROOT, values(doc.values(), new ValueFields.Sink(structure, codes, textWords,
                MAX_WORDS)));
        strings(out.putArray("codes"), codes);
        strings(out.putArray("text_words"), textWords);
        labels(doc.labels(), out);
        ObjectNode completeness = out.putObject("completeness");
        for (IndexDocument.Ratio r : doc.completeness()) {
            completeness.put(completenessKey(r.channel(), r.locale()), r.ratio());
        }
        ObjectNode display = out.putObject("display");
        display.putPOJO("labels", doc.labels());
        display.put("image", doc.image());
        return out;
    }

    private static void labels(Map<String, String> labels, ObjectNode out) {
        Set<String> words = new LinkedHashSet<>();
        ObjectNode sortable = out.putObject("label_sort");
        labels.forEach((locale, label) -> {
            String folded = TextFolding.fold(label);
            TextFolding.foldedWords(folded).forEach(w -> words.add(locale + ":" + w));
            sortable.put(locale, folded.length() > 200 ? folded.substring(0, 200) : folded);
        });
        strings(out.putArray("label_words"), words);
    }

    /** The field of a channel × locale ratio under {@code completeness} (codes hold no hyphen). */
    public static String completenessKey(String channel, String locale) {
        return channel + "-" + locale;
    }

    private static ObjectNode values(ObjectNode values, ValueFields.Sink sink) {
        ReadStructure structure = sink.structure();
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> attributes = values.fields();
        while (attributes.hasNext()) {
            Map.Entry<String, JsonNode> attribute = attributes.next();
            ReadStructure.AttributeInfo info = structure.attributes().get(attribute.getKey());
            if (info == null) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> scopes = attribute.getValue().fields();
            while (scopes.hasNext()) {
                Map.Entry<String, JsonNode> scope = scopes.next();
                Iterator<Map.Entry<String, JsonNode>> locales = scope.getValue().fields();
                while (locales.hasNext()) {
                    Map.Entry<String, JsonNode> locale = locales.next();
                    if (!locale.getValue().isNull()) {
                        ValueFields.add(out, info, key(scope.getKey()), key(locale.getKey()), locale.getValue(),
                                sink);
                    }
                }
            }
        }
        return out;
    }

    private static String key(String rawKey) {
        return rawKey.startsWith("<all_") ? null : rawKey;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    static Double number(JsonNode data) {
        if (data == null || data.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(data.asText()).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
