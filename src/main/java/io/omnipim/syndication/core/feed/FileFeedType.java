package io.omnipim.syndication.core.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import io.omnipim.syndication.core.ChannelType;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;

/** A channel that fetches a file (Google, Meta, idealo): the type writes the file, a run serves or uploads it. */
public interface FileFeedType extends ChannelType {

    /** The formats this type writes; the first is the default when {@code delivery.format} is not given. */
    List<FeedFormat> formats();

    /** Opens a writer in the connector's format on the stream. */
    FeedWriter open(ConnectorDefinition definition, OutputStream out) throws IOException;

    /** The format {@code delivery.format} names, or the type's default. */
    default FeedFormat format(ConnectorDefinition definition) {
        String name = definition.deliverySetting("format", formats().get(0).name());
        return formats().stream().filter(f -> f.name().equals(name)).findFirst().orElse(formats().get(0));
    }

    /** Writes every item and finishes the document; returns how many were written. */
    default long write(Iterator<MappedItem> items, ConnectorDefinition definition, OutputStream out)
            throws IOException {
        FeedWriter writer = open(definition, out);
        long count = 0;
        while (items.hasNext()) {
            writer.write(items.next());
            count++;
        }
        writer.finish();
        return count;
    }

    @Override
    default List<DefinitionProblem> checkDelivery(ConnectorDefinition definition) {
        String name = definition.deliverySetting("format", null);
        List<String> names = formats().stream().map(FeedFormat::name).toList();
        if (name != null && !names.contains(name)) {
            return List.of(new DefinitionProblem("delivery.format", "\"" + name + "\" is not a format of " + type()
                    + "; use one of " + String.join(", ", names)));
        }
        return List.of();
    }
}
