package io.omnipim.syndication.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every {@link ChannelType} by its type name. The server's instance holds the CDI beans
 * ({@link ChannelTypesProducer}); tests build one from the types they need.
 */
public final class ChannelTypes {

    private final Map<String, ChannelType> byName = new TreeMap<>();

    public ChannelTypes(Collection<? extends ChannelType> types) {
        types.forEach(t -> byName.put(t.type(), t));
    }

    public static ChannelTypes of(ChannelType... types) {
        return new ChannelTypes(List.of(types));
    }

    public Optional<ChannelType> find(String type) {
        return Optional.ofNullable(byName.get(type));
    }

    public Map<String, ChannelType> all() {
        return Map.copyOf(byName);
    }
}
