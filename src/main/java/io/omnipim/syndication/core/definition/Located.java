package io.omnipim.syndication.core.definition;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A definition parsed from YAML or JSON with the line of every key and value, so that a problem found later (at
 * {@code fields[3].source}) can be reported at its line in the file.
 *
 * @param source what the text came from, for messages: {@code connectors/google.yaml} or {@code request body}
 */
public record Located(JsonNode root, Map<String, Integer> lines, String source) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    /** A tree without lines (a definition read back from the database). */
    public static Located of(JsonNode root, String source) {
        return new Located(root, Map.of(), source);
    }

    /**
     * Parses JSON when the text starts with '{' (a YAML flow mapping such as {@code {code: x}} is tried as YAML when
     * it is not JSON), YAML otherwise; a syntax error is reported at its line.
     */
    public static Located parse(String text, String source) {
        boolean json = text.stripLeading().startsWith("{");
        try {
            return parse(text, source, json ? JSON : YAML);
        } catch (JsonProcessingException e) {
            if (json) {
                try {
                    return parse(text, source, YAML);
                } catch (JsonProcessingException ignored) {
                    // the JSON error is the one that speaks to whoever sent braces
                }
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw DefinitionException.of(source, line, "", "not valid " + (json ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static Located parse(String text, String source, JsonFactory factory) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw DefinitionException.of(source, 0, "", "the definition is empty.");
            }
            JsonNode root = new Reader(parser, lines, source).read("");
            return new Located(root, Map.copyOf(lines), source);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line of a path, or of its nearest parent that has one; 0 when unknown. */
    public int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return lines.getOrDefault("", 0);
    }

    /** The problem at its line: {@code connectors/google.yaml, line 12, fields[3].source: message}. */
    public DefinitionException.Placed place(DefinitionProblem problem) {
        return DefinitionException.Placed.of(source, lineOf(problem.path()), problem.path(), problem.message());
    }

    /** Throws when there are problems. */
    public void failOn(List<DefinitionProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems.stream().map(this::place).toList());
        }
    }

    /** Builds the tree token by token, noting where each path starts. */
    private record Reader(JsonParser parser, Map<String, Integer> lines, String source) {

        JsonNode read(String path) throws IOException {
            lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT :
                    return object(path);
                case START_ARRAY :
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        array.add(read(path + "[" + i + "]"));
                    }
                    return array;
                case VALUE_STRING :
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT :
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT :
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE :
                case VALUE_FALSE :
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                default :
                    return NODES.nullNode();
            }
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                int line = parser.currentTokenLocation().getLineNr();
                if (object.has(name)) {
                    throw DefinitionException.of(source, line, child, "given twice; keep one.");
                }
                lines.put(child, line);
                parser.nextToken();
                object.set(name, read(child));
            }
            return object;
        }
    }
}
