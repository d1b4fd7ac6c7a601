package io.omnipim.syndication.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Collects the channel type beans once: the core finds the types without importing a channel package. */
@ApplicationScoped
public class ChannelTypesProducer {

    @Produces
    @Singleton
    ChannelTypes channelTypes(Instance<ChannelType> types) {
        return new ChannelTypes(types.stream().toList());
    }
}
