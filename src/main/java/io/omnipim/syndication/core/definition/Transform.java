package io.omnipim.syndication.core.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One step of a field's transforms, as written in YAML: a bare name ({@code strip_html}) or a name with its
 * argument ({@code truncate: 150}, {@code price_format: {currency: false}}).
 *
 * @param args the argument: a scalar, an object, or a missing node when there is none
 */
public record Transform(String name, JsonNode args) {

    public Transform {
        args = args == null ? MissingNode.getInstance() : args;
    }

    /** A text argument, either the scalar itself or the object's property; the default when absent. */
    public String text(String key, String fallback) {
        JsonNode node = args.isObject() ? args.path(key) : args;
        return node.isValueNode() && !node.isNull() ? node.asText() : fallback;
    }

    /** An integer argument, either the scalar itself or the object's property; the default when absent. */
    public int integer(String key, int fallback) {
        JsonNode node = args.isObject() ? args.path(key) : args;
        return node.canConvertToInt() ? node.asInt() : fallback;
    }

    /** A property of an object argument only (a scalar argument means something else). */
    public JsonNode option(String key) {
        return args.isObject() ? args.path(key) : MissingNode.getInstance();
    }
}
