package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.text.DidYouMean;

/** Reads typed values out of a definition tree, collecting a problem for each one of the wrong kind. */
final class TreeCheck {

    private final List<DefinitionProblem> problems = new ArrayList<>();

    List<DefinitionProblem> problems() {
        return problems;
    }

    void add(String path, String message) {
        problems.add(new DefinitionProblem(path, message));
    }

    /** Refuses keys that are not known, suggesting the nearest known one. */
    void knownKeys(JsonNode object, String path, Collection<String> known) {
        object.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                add(join(path, key), "unknown key \"" + key + "\"" + DidYouMean.suggest(key, known));
            }
        });
    }

    String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        String at = join(path, key);
        if (node == null || node.isNull()) {
            if (required) {
                add(at, "missing; write " + key + ": …");
            }
            return null;
        }
        if (!node.isValueNode() || node.isBoolean()) {
            add(at, "expects a text");
            return null;
        }
        String text = node.asText();
        if (required && text.isBlank()) {
            add(at, "must not be empty");
            return null;
        }
        return text;
    }

    Boolean bool(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            add(join(path, key), "expects true or false, \"" + node.asText() + "\" given");
            return null;
        }
        return node.booleanValue();
    }

    Integer positive(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            add(join(path, key), "expects a whole number above 0, \"" + node.asText() + "\" given");
            return null;
        }
        return node.asInt();
    }

    List<String> texts(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            add(join(path, key), "expects a list, e.g. [a, b]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isValueNode() || item.isNull()) {
                add(join(path, key) + "[" + i + "]", "expects a text");
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            add(path, "expects keys and values (a mapping)");
            return false;
        }
        return true;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
