package io.omnipim.syndication.core.connector;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.syndication.core.ChannelType;
import io.omnipim.syndication.core.ChannelTypes;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionChecker;
import io.omnipim.syndication.core.definition.DefinitionException;
import io.omnipim.syndication.core.definition.DefinitionReader;
import io.omnipim.syndication.core.definition.Located;

/**
 * Reads a definition's text and checks it against the catalog as it is now, every problem placed at its line: the
 * one path for files, API writes, listings and runs.
 */
@ApplicationScoped
public class ConnectorDefinitions {

    private final ChannelTypes types;
    private final CatalogReader catalog;
    private final CatalogSelection selection;

    public ConnectorDefinitions(ChannelTypes types, CatalogReader catalog, CatalogSelection selection) {
        this.types = types;
        this.catalog = catalog;
        this.selection = selection;
    }

    /**
     * A definition that could be read, and what the catalog check finds wrong with it (empty: it can run).
     *
     * @param located the parsed text, with lines
     */
    public record Checked(ConnectorDefinition definition, ChannelType type, Located located,
            List<DefinitionException.Placed> problems) {

        public boolean usable() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks; a definition that cannot even be read throws {@link DefinitionException}. */
    public Checked check(String text, String sourceName) {
        Located located = Located.parse(text, sourceName);
        ConnectorDefinition definition = new DefinitionReader(types).read(located);
        ChannelType type = types.find(definition.type()).orElseThrow();
        List<DefinitionException.Placed> problems = new DefinitionChecker(catalog.structure(), selection::problem)
                .check(definition, type).stream().map(located::place).toList();
        return new Checked(definition, type, located, problems);
    }
}
