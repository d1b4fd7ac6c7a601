package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.platform.text.DidYouMean;
import io.omnipim.syndication.core.ChannelType;
import io.omnipim.syndication.core.FieldRule;

/**
 * Checks a definition against the catalog as it is now: channel, locale and currency exist and belong together,
 * every attribute and template placeholder exists, transforms fit their source, the selection is a filter the
 * catalog can run, and every field the channel requires is mapped. The catalog changes, so this runs again before
 * every run and every listing.
 */
public final class DefinitionChecker {

    private final ReadStructure structure;
    private final SelectionCheck selection;

    public DefinitionChecker(ReadStructure structure, SelectionCheck selection) {
        this.structure = structure;
        this.selection = selection;
    }

    public List<DefinitionProblem> check(ConnectorDefinition definition, ChannelType type) {
        List<DefinitionProblem> problems = new ArrayList<>();
        scope(definition, problems);
        if (definition.selectionJson() != null && structure.channels().containsKey(definition.channel())) {
            selection.problem(definition.selectionJson(), definition.locale(), definition.channel())
                    .ifPresent(p -> problems.add(new DefinitionProblem("selection", p)));
        }
        FieldChecker fields = new FieldChecker(structure, definition, type, problems);
        for (int i = 0; i < definition.fields().size(); i++) {
            fields.check(definition.fields().get(i), "fields[" + i + "]");
        }
        if (definition.linkTemplate() != null) {
            fields.placeholders(definition.linkTemplate(), "link_template");
        }
        // sorted: the specification's map has no stable order, messages should
        new TreeMap<>(type.rules()).forEach((target, rule) -> required(definition, type, target, rule, problems));
        problems.addAll(type.checkDelivery(definition));
        return problems;
    }

    private void scope(ConnectorDefinition d, List<DefinitionProblem> problems) {
        ReadStructure.ChannelInfo channel = structure.channels().get(d.channel());
        if (channel == null) {
            problems.add(new DefinitionProblem("channel", "unknown channel \"" + d.channel() + "\""
                    + DidYouMean.hint(d.channel(), structure.channels().keySet()) + "; channels: "
                    + String.join(", ", structure.channels().keySet())));
            return;
        }
        if (!channel.locales().contains(d.locale())) {
            problems.add(new DefinitionProblem("locale", "\"" + d.locale() + "\" is not a locale of channel \""
                    + d.channel() + "\"" + DidYouMean.hint(d.locale(), channel.locales()) + "; its locales: "
                    + String.join(", ", channel.locales())));
        }
        if (!channel.currencies().contains(d.currency())) {
            problems.add(new DefinitionProblem("currency", "\"" + d.currency() + "\" is not a currency of channel \""
                    + d.channel() + "\"; its currencies: " + String.join(", ", channel.currencies())));
        }
    }

    private static void required(ConnectorDefinition d, ChannelType type, String target, FieldRule rule,
            List<DefinitionProblem> problems) {
        if (rule.required() && d.field(target).isEmpty()) {
            problems.add(new DefinitionProblem("fields", type.type() + " requires the field \"" + target
                    + "\"; map it, e.g. - {target: " + target + ", source: <attribute>}"));
        }
    }
}
