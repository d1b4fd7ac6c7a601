package io.omnipim.syndication.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;

/**
 * One kind of channel (Google Merchant Center, Meta catalog, idealo, Amazon…): a CDI bean per type, found by
 * {@link ChannelTypes}; the core never imports a channel package. A type states its specification's field rules,
 * so every product is checked against them whatever the connector's own settings say. File feeds implement
 * {@link io.omnipim.syndication.core.feed.FileFeedType}; pushed channels add their delivery on top of this.
 */
public interface ChannelType {

    /** The name connectors give as {@code type:}, e.g. {@code google-merchant}. */
    String type();

    /** The specification's rules per target field; the required ones must be mapped by every connector. */
    Map<String, FieldRule> rules();

    /** The target fields the channel knows, to catch misspelt ones; empty when any name is accepted. */
    default Set<String> knownTargets() {
        return Set.of();
    }

    /** Whether a connector may map this target field. */
    default boolean acceptsTarget(String target) {
        return knownTargets().isEmpty() || knownTargets().contains(target);
    }

    /**
     * Adds what the specification derives from the mapped fields (Google's {@code identifier_exists} when there is
     * neither GTIN nor MPN…); the fields a connector maps itself are never overwritten.
     */
    default MappedItem complete(MappedItem item) {
        return item;
    }

    /** Problems with the type's own {@code delivery:} settings, at paths such as {@code delivery.format}. */
    default List<DefinitionProblem> checkDelivery(ConnectorDefinition definition) {
        return List.of();
    }
}
