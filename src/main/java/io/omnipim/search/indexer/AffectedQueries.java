package io.omnipim.search.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.search.index.ValueFields;

/** Index queries finding the documents a structure change affects. */
final class AffectedQueries {

    private AffectedQueries() {
    }

    /**
     * Documents holding this option in a value of this attribute, in any scope and locale: multi_match takes a
     * field pattern, and on keyword fields it is a term query per field.
     */
    static JsonNode option(ObjectMapper json, String attribute, String code) {
        ObjectNode query = json.createObjectNode();
        ObjectNode match = query.putObject("multi_match").put("query", code).put("lenient", true);
        match.putArray("fields").add(ValueFields.ROOT + "." + attribute + "|*." + ValueFields.KEYWORD);
        return query;
    }
}
