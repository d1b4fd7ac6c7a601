package io.omnipim.syndication.core.definition;

import java.util.List;

/**
 * A connector definition that cannot be used, with every problem placed and worded for the person who edits the
 * file: {@code connectors/google.yaml, line 12, fields[3].source: unknown attribute "colour"; did you mean "color"?}.
 */
public class DefinitionException extends RuntimeException {

    private final transient List<Placed> problems;

    public DefinitionException(List<Placed> problems) {
        super(problems.get(0).text() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public static DefinitionException of(String source, int line, String path, String message) {
        return new DefinitionException(List.of(Placed.of(source, line, path, message)));
    }

    public List<Placed> problems() {
        return problems;
    }

    /**
     * A problem at its place.
     *
     * @param path as {@code fields[3].source}, empty for the whole definition
     * @param line from 1, 0 when unknown
     * @param text the whole sentence, place included
     */
    public record Placed(String path, int line, String text) {

        public static Placed of(String source, int line, String path, String message) {
            return new Placed(path, line, source + (line > 0 ? ", line " + line : "")
                    + (path.isEmpty() ? "" : ", " + path) + ": " + message);
        }
    }
}
