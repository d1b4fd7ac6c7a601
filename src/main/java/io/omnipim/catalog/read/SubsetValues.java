package io.omnipim.catalog.read;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.product.values.RawValues;

/**
 * Parses stored raw values ({@code {attribute: {scope: {locale: data}}}}, as UTF-8 JSON) into a tree holding only a
 * {@link ValueSubset}: one streaming pass in which what is left out is skipped without being decoded, rather than a
 * tree of every value in every locale built and mostly thrown away. (Picking the values in PostgreSQL instead cost
 * it more than the whole text: each path it reads decompresses the stored values again.)
 */
final class SubsetValues {

    private final ObjectMapper json;
    private final ValueSubset subset;
    /** Kept in every scope and locale: the label and image attributes a document's labels and image come from. */
    private final Set<String> whole = new HashSet<>();

    SubsetValues(ObjectMapper json, ValueSubset subset, ReadStructure structure) {
        this.json = json;
        this.subset = subset;
        for (ReadStructure.FamilyInfo family : structure.families().values()) {
            if (family.labelAttribute() != null) {
                whole.add(family.labelAttribute());
            }
            if (family.imageAttribute() != null) {
                whole.add(family.imageAttribute());
            }
        }
    }

    /** The subset of these stored values; null (a model the join did not find) or {@code {}} gives an empty tree. */
    ObjectNode parse(byte[] utf8) {
        ObjectNode out = json.createObjectNode();
        if (utf8 == null || utf8.length <= 2) {
            return out;
        }
        try (JsonParser p = json.getFactory().createParser(utf8)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String attribute = p.currentName();
                JsonToken value = p.nextToken();
                if (whole.contains(attribute)) {
                    out.set(attribute, json.readTree(p));
                } else if (value == JsonToken.START_OBJECT && subset.attributes().contains(attribute)) {
                    ObjectNode scopes = scopes(p);
                    if (!scopes.isEmpty()) {
                        out.set(attribute, scopes);
                    }
                } else {
                    p.skipChildren();
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    private ObjectNode scopes(JsonParser p) throws IOException {
        ObjectNode out = json.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String scope = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT
                    && (scope.equals(RawValues.ALL_CHANNELS) || scope.equals(subset.channel()))) {
                ObjectNode locales = locales(p);
                if (!locales.isEmpty()) {
                    out.set(scope, locales);
                }
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private ObjectNode locales(JsonParser p) throws IOException {
        ObjectNode out = json.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String locale = p.currentName();
            JsonToken value = p.nextToken();
            if (locale.equals(RawValues.ALL_LOCALES) || locale.equals(subset.locale())) {
                // a text, the most common, without the tree reader's set-up
                out.set(locale, value == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : json.readTree(p));
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("raw values should be a JSON object, found " + actual);
        }
    }
}
