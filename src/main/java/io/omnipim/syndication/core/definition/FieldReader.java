package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.text.DidYouMean;
import io.omnipim.syndication.core.FieldRule;

/** Reads one entry of {@code fields:}: its target, its one source, its transforms and its {@code validate:}. */
final class FieldReader {

    static final List<String> KEYS = List.of("target", "source", "sources", "constant", "template", "property",
            "transforms", "validate");
    private static final List<String> SOURCES = List.of("source", "sources", "constant", "template", "property");
    private static final List<String> RULES = List.of("required", "max_length", "allowed_values", "gtin", "url",
            "pattern");

    private final TreeCheck check;

    FieldReader(TreeCheck check) {
        this.check = check;
    }

    FieldMapping read(JsonNode node, String path) {
        if (!check.object(node, path)) {
            return null;
        }
        check.knownKeys(node, path, KEYS);
        String target = check.text(node, "target", path, true);
        FieldSource source = source(node, path);
        List<Transform> transforms = transforms(node.get("transforms"), TreeCheck.join(path, "transforms"));
        FieldRule rule = rule(node.get("validate"), TreeCheck.join(path, "validate"));
        return target == null || source == null ? null : new FieldMapping(target, source, transforms, rule);
    }

    private FieldSource source(JsonNode node, String path) {
        List<String> given = SOURCES.stream().filter(node::has).toList();
        if (given.size() != 1) {
            check.add(given.isEmpty() ? path : TreeCheck.join(path, given.get(1)), given.isEmpty()
                    ? "no value source; give one of source (attribute), sources, constant, template, property"
                    : "give only one of " + String.join(", ", given));
            return null;
        }
        switch (given.get(0)) {
            case "source" :
                String attribute = check.text(node, "source", path, true);
                return attribute == null ? null : FieldSource.attributes(List.of(attribute));
            case "sources" :
                List<String> attributes = check.texts(node, "sources", path);
                if (attributes.size() < 2) {
                    check.add(TreeCheck.join(path, "sources"),
                            "expects two attributes or more; for one, write source:");
                    return null;
                }
                return FieldSource.attributes(attributes);
            case "constant" :
                String constant = check.text(node, "constant", path, false);
                return constant == null ? null : FieldSource.constant(constant);
            case "template" :
                String template = check.text(node, "template", path, true);
                return template == null ? null : FieldSource.template(template);
            default :
                return property(check.text(node, "property", path, true), TreeCheck.join(path, "property"));
        }
    }

    private FieldSource property(String name, String path) {
        if (name == null) {
            return null;
        }
        if (!FieldSource.PROPERTIES.contains(name)) {
            check.add(path, "unknown property \"" + name + "\"" + DidYouMean.suggest(name, FieldSource.PROPERTIES));
            return null;
        }
        return FieldSource.property(name);
    }

    private List<Transform> transforms(JsonNode node, String path) {
        List<Transform> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            check.add(path, "expects a list, e.g. [strip_html, {truncate: 150}]");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            Transform t = transform(node.get(i), path + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Transform transform(JsonNode node, String path) {
        Transform t;
        if (node.isTextual()) {
            t = new Transform(node.asText(), null);
        } else if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> only = node.properties().iterator().next();
            t = new Transform(only.getKey(), only.getValue());
        } else {
            check.add(path, "expects a transform name, or one name with its setting, e.g. {truncate: 150}");
            return null;
        }
        if (!TransformArgs.NAMES.contains(t.name())) {
            check.add(path,
                    "unknown transform \"" + t.name() + "\"" + DidYouMean.suggest(t.name(), TransformArgs.NAMES));
            return null;
        }
        TransformArgs.check(t, path, check);
        return t;
    }

    private FieldRule rule(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return FieldRule.NONE;
        }
        if (!check.object(node, path)) {
            return FieldRule.NONE;
        }
        check.knownKeys(node, path, RULES);
        String pattern = check.text(node, "pattern", path, false);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                check.add(TreeCheck.join(path, "pattern"), "not a valid regular expression: " + e.getDescription());
                pattern = null;
            }
        }
        return new FieldRule(Boolean.TRUE.equals(check.bool(node, "required", path)),
                check.positive(node, "max_length", path), check.texts(node, "allowed_values", path),
                Boolean.TRUE.equals(check.bool(node, "gtin", path)), Boolean.TRUE.equals(check.bool(node, "url", path)),
                pattern);
    }
}
