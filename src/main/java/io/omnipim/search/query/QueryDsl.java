package io.omnipim.search.query;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Elasticsearch query clauses as JSON trees: the few shapes the search and filters need. */
final class QueryDsl {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryDsl() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ObjectNode term(String field, String value) {
        return term(field, NODES.textNode(value));
    }

    static ObjectNode term(String field, boolean value) {
        return term(field, NODES.booleanNode(value));
    }

    static ObjectNode term(String field, JsonNode value) {
        ObjectNode q = object();
        q.putObject("term").set(field, value);
        return q;
    }

    static ObjectNode terms(String field, Collection<String> values) {
        ObjectNode q = object();
        ArrayNode array = q.putObject("terms").putArray(field);
        values.forEach(array::add);
        return q;
    }

    static ObjectNode range(String field, String operator, JsonNode value) {
        ObjectNode q = object();
        q.putObject("range").putObject(field).set(operator, value);
        return q;
    }

    static ObjectNode between(String field, JsonNode from, JsonNode to) {
        ObjectNode q = object();
        ObjectNode range = q.putObject("range").putObject(field);
        range.set("gte", from);
        range.set("lte", to);
        return q;
    }

    static ObjectNode prefix(String field, String value) {
        ObjectNode q = object();
        q.putObject("prefix").put(field, value);
        return q;
    }

    /** A wildcard query on literal text: its own * and ? are escaped. */
    static ObjectNode wildcard(String field, String before, String literal, String after) {
        String escaped = literal.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
        ObjectNode q = object();
        q.putObject("wildcard").putObject(field).put("value", before + escaped + after);
        return q;
    }

    static ObjectNode exists(String field) {
        ObjectNode q = object();
        q.putObject("exists").put("field", field);
        return q;
    }

    static ObjectNode and(List<? extends JsonNode> queries) {
        if (queries.size() == 1) {
            return (ObjectNode) queries.get(0);
        }
        ObjectNode q = object();
        q.putObject("bool").putArray("filter").addAll(queries);
        return q;
    }

    static ObjectNode or(List<? extends JsonNode> queries) {
        ObjectNode q = object();
        ObjectNode bool = q.putObject("bool");
        bool.putArray("should").addAll(queries);
        bool.put("minimum_should_match", 1);
        return q;
    }

    static ObjectNode not(JsonNode query) {
        ObjectNode q = object();
        q.putObject("bool").putArray("must_not").add(query);
        return q;
    }

    static ObjectNode matchAll() {
        ObjectNode q = object();
        q.putObject("match_all");
        return q;
    }

    static ObjectNode constantScore(JsonNode filter, double boost) {
        ObjectNode q = object();
        ObjectNode cs = q.putObject("constant_score");
        cs.set("filter", filter);
        cs.put("boost", boost);
        return q;
    }
}
