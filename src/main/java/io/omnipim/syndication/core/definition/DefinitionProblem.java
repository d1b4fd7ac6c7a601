package io.omnipim.syndication.core.definition;

/**
 * One thing wrong with a connector definition.
 *
 * @param path where, as {@code fields[3].source} (empty for the whole definition)
 * @param message what is wrong and how to fix it
 */
public record DefinitionProblem(String path, String message) {
}
