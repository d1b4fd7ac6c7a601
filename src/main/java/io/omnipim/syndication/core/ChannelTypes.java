package io.omnipim.syndication.core;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Every {@link ChannelType} bean by its type name. */
@ApplicationScoped
public class ChannelTypes {

    private final Map<String, ChannelType> byName = new TreeMap<>();

    public ChannelTypes(Instance<ChannelType> types) {
        types.forEach(t -> byName.put(t.type(), t));
    }

    /** For tests and tools: a fixed set of types. */
    public static ChannelTypes of(ChannelType... types) {
        ChannelTypes out = new ChannelTypes();
        for (ChannelType t : types) {
            out.byName.put(t.type(), t);
        }
        return out;
    }

    private ChannelTypes() {
    }

    public Optional<ChannelType> find(String type) {
        return Optional.ofNullable(byName.get(type));
    }

    public Map<String, ChannelType> all() {
        return Map.copyOf(byName);
    }
}
