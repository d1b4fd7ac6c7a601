package io.omnipim.syndication.appfeed;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.push.PushedType;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * The mobile app's JSON feed: the app pulls it ({@link AppFeedResource}), so "delivering" a change is recording it
 * in the syndication state, which the feed serves: a snapshot of what is delivered, and changes in state order
 * (upserts and tombstones) after a cursor. A run refreshes the state; no file is written.
 */
@ApplicationScoped
public class AppFeedType implements PushedType {

    public static final String TYPE = "app-feed";

    private final SyndicationStateRepository states;
    private final ObjectMapper json;

    public AppFeedType(SyndicationStateRepository states, ObjectMapper json) {
        this.states = states;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, FieldRule> rules() {
        return Map.of();
    }

    @Override
    public void push(ConnectorDefinition definition, List<ItemChange> changes) {
        OffsetDateTime now = OffsetDateTime.now();
        states.save(changes.stream().map(c -> c.isDelete()
                ? new SyndicationState(definition.code(), c.product(), c.identifier(), null, null, now,
                        SyndicationState.REMOVED, List.of())
                : new SyndicationState(definition.code(), c.product(), c.identifier(), c.hash(),
                        json.valueToTree(c.item().fields()), now, SyndicationState.DELIVERED, List.of()))
                .toList());
    }

    @Override
    public PushReport settle(ConnectorDefinition definition, OffsetDateTime since, Duration wait) {
        return new PushReport(0, 0, 0, List.of());
    }
}
