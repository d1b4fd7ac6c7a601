package io.omnipim.syndication.core.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.syndication.core.ChannelType;
import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.FieldMapping;

/**
 * Maps one product to a channel's item and checks it: pure (no I/O), so a run, a preview and a test all get the
 * same output for the same product. Fields are computed in declaration order, then checked against the channel
 * type's specification and the connector's own {@code validate:} rules.
 */
public final class ItemMapper {

    private final ReadStructure structure;
    private final ConnectorDefinition definition;
    private final ChannelType type;
    /** Per field, in order: where its value comes from (worded for issues) and the channel's rule for it. */
    private final List<String> origins;
    private final List<FieldRule> specs;

    public ItemMapper(ReadStructure structure, ConnectorDefinition definition, ChannelType type) {
        this.structure = structure;
        this.definition = definition;
        this.type = type;
        this.origins = definition.fields().stream().map(f -> f.source().describe()).toList();
        this.specs = definition.fields().stream().map(f -> type.rules().get(f.target())).toList();
    }

    /** The mapped product and what keeps it out of the channel (empty when it can be sent). */
    public record Mapping(MappedItem item, List<ItemIssue> issues) {

        public boolean valid() {
            return issues.isEmpty();
        }
    }

    public Mapping map(IndexDocument document) {
        List<ItemIssue> issues = new ArrayList<>();
        MappingContext context = new MappingContext(document, structure, definition, issues);
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        List<FieldMapping> all = definition.fields();
        for (int i = 0; i < all.size(); i++) {
            FieldMapping field = all.get(i);
            Object value = Values.clean(Transforms.apply(field, SourceValues.of(field.source(), context), context));
            String origin = origins.get(i);
            ItemValidator.check(document.identifier(), field.target(), value, field.rule(), origin, issues);
            FieldRule spec = specs.get(i);
            if (spec != null) {
                ItemValidator.check(document.identifier(), field.target(), value, spec, origin, issues);
            }
            if (value != null) {
                fields.put(field.target(), value);
            }
        }
        MappedItem item = type.complete(new MappedItem(document.identifier(), context.itemGroup(), fields));
        return new Mapping(item, dedupe(issues));
    }

    /** A rule in both the specification and the connector reports once. */
    private static List<ItemIssue> dedupe(List<ItemIssue> issues) {
        return issues.isEmpty() ? List.of() : issues.stream().distinct().toList();
    }
}
