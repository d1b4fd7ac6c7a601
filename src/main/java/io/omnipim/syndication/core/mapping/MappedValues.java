package io.omnipim.syndication.core.mapping;

import java.util.HashSet;
import java.util.Set;

import io.omnipim.catalog.read.ValueSubset;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.FieldMapping;
import io.omnipim.syndication.core.definition.FieldSource;
import io.omnipim.syndication.core.definition.Templates;
import io.omnipim.syndication.core.definition.Transform;

/**
 * The values {@link ItemMapper} reads for a connector: the attributes of its fields' sources and of the
 * placeholders of its templates and link, in its channel and locale. A run reads only these (see
 * {@link ValueSubset}); mapping a product read that way gives the same item as mapping it read whole.
 */
public final class MappedValues {

    private MappedValues() {
    }

    public static ValueSubset of(ConnectorDefinition definition) {
        Set<String> attributes = new HashSet<>();
        for (FieldMapping field : definition.fields()) {
            FieldSource source = field.source();
            if (source.kind() == FieldSource.Kind.ATTRIBUTE) {
                attributes.addAll(source.attributes());
            } else if (source.kind() == FieldSource.Kind.TEMPLATE) {
                // a placeholder that is a property rather than an attribute is simply absent from the values
                attributes.addAll(Templates.placeholders(source.text()));
            }
            field.transforms().forEach(t -> attributes.addAll(readBy(t)));
        }
        if (definition.linkTemplate() != null) {
            attributes.addAll(Templates.placeholders(definition.linkTemplate()));
        }
        return new ValueSubset(attributes, definition.channel(), definition.locale());
    }

    /** Attributes a transform reads besides its field's value, e.g. the declared availability of a stock. */
    static Set<String> readBy(Transform transform) {
        String availability = transform.option("availability_attribute").asText(null);
        return availability == null ? Set.of() : Set.of(availability);
    }
}
