package io.omnipim.search.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Index queries finding the documents a structure change affects. */
final class AffectedQueries {

    private AffectedQueries() {
    }

    /** Documents holding this option in a value of this attribute. */
    static JsonNode option(ObjectMapper json, String attribute, String code) {
        ObjectNode query = json.createObjectNode();
        ObjectNode nested = query.putObject("nested").put("path", "values");
        ArrayNode filter = nested.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put("values.attribute", attribute);
        filter.addObject().putObject("term").put("values.keyword", code);
        return query;
    }
}
