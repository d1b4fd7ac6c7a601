package io.omnipim.syndication.amazon;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.RemoteCopy;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.push.PushedType;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * Amazon through the Selling Partner API ({@code type: amazon-sp-api}): a run's changes are gathered
 * ({@link ListingSpool}) and sent when it settles, as JSON_LISTINGS_FEED documents of at most 25,000 messages —
 * UPDATE, PARTIAL_UPDATE for offer-only changes, DELETE for removals ({@link ListingChanges}); the run waits for
 * Amazon's processing reports and records only what Amazon accepted ({@link SpoolDelivery}). On-change bursts go the
 * same way on one background thread, in order, so the outbox poller never waits for Amazon. Reads back what Amazon
 * holds with searchListingsItems for the consistency report.
 */
@ApplicationScoped
public class AmazonType implements PushedType, RemoteCopy {

    public static final String TYPE = "amazon-sp-api";
    private static final Logger LOG = Logger.getLogger(AmazonType.class);

    private final SyndicationStateRepository states;
    private final ObjectMapper json;
    private final AmazonSettings.Pacing pacing;
    /** Changes gathered per connector and per calling thread: a run's pages, or one on-change burst. */
    private final Map<String, ListingSpool> spools = new ConcurrentHashMap<>();
    /** One client per connector, so its Login with Amazon token is reused while valid. */
    private final Map<String, SpApiClient> clients = new ConcurrentHashMap<>();
    private volatile ExecutorService onChange;

    public AmazonType(SyndicationStateRepository states, ObjectMapper json, AmazonConfig config) {
        this.states = states;
        this.json = json;
        this.pacing = AmazonConfig.pacing(config);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, FieldRule> rules() {
        return Map.of(SpooledListing.PRODUCT_TYPE, FieldRule.mandatory().withPattern("[A-Z][A-Z0-9_]*"),
                "item_name", FieldRule.mandatory().withMaxLength(200),
                "externally_assigned_product_identifier", FieldRule.NONE.withGtin(),
                "main_product_image_locator", FieldRule.NONE.withUrl());
    }

    @Override
    public List<DefinitionProblem> checkDelivery(ConnectorDefinition definition) {
        return AmazonConnector.check(definition);
    }

    @Override
    public Optional<String> cannotDeliver(ConnectorDefinition definition) {
        return Optional.ofNullable(AmazonConnector.resolve(definition, pacing).problem());
    }

    @Override
    public void push(ConnectorDefinition definition, List<ItemChange> changes) {
        List<UUID> products = changes.stream().map(ItemChange::product).toList();
        Map<UUID, SyndicationState> previous = states.byProducts(definition.code(), products);
        ListingSpool spool = spools.computeIfAbsent(key(definition), k -> new ListingSpool());
        ListingChanges.of(changes, previous, json).forEach(spool::add);
    }

    @Override
    public void flush(ConnectorDefinition definition) {
        ListingSpool spool = spools.remove(key(definition));
        if (spool == null) {
            return;
        }
        background().execute(() -> {
            try (spool) {
                PushReport report = send(definition, spool);
                report.issues().forEach(i -> LOG.warnf("Amazon connector %s, %s: %s", definition.code(), i.id(),
                        i.message()));
            } catch (RuntimeException e) {
                LOG.warnf("Amazon on-change delivery of %s failed; the next run sends it again: %s",
                        definition.code(), e.getMessage());
            }
        });
    }

    @Override
    public void discard(ConnectorDefinition definition) {
        ListingSpool spool = spools.remove(key(definition));
        if (spool != null) {
            spool.close();
        }
    }

    @Override
    public PushReport settle(ConnectorDefinition definition, OffsetDateTime since, Duration wait) {
        ListingSpool spool = spools.remove(key(definition));
        if (spool == null) {
            return new PushReport(0, 0, 0, List.of());
        }
        try (spool) {
            return send(definition, spool);
        }
    }

    private PushReport send(ConnectorDefinition definition, ListingSpool spool) {
        AmazonConnector.Resolved resolved = AmazonConnector.resolve(definition, pacing);
        if (resolved.settings() == null) {
            throw new SpApiException("Not delivered to Amazon: " + resolved.problem());
        }
        AmazonSettings settings = resolved.settings();
        AmazonDelivery delivery = new AmazonDelivery(settings, client(definition.code(), settings), Sleeper.SYSTEM,
                new ListingsFeedBuilder(settings.target()));
        return new SpoolDelivery(definition.code(), states, json).deliver(spool, delivery);
    }

    @Override
    public String remoteName(ConnectorDefinition definition) {
        return "Amazon listings of seller " + definition.deliverySetting("seller_id", "?") + " on marketplace "
                + definition.deliverySetting("marketplace_id", "?") + " (searchListingsItems)";
    }

    @Override
    public Optional<String> cannotRead(ConnectorDefinition definition) {
        return cannotDeliver(definition);
    }

    @Override
    public int readBatch() {
        return SpApiClient.LISTINGS_PAGE;
    }

    @Override
    public Map<String, Map<String, Object>> read(ConnectorDefinition definition, List<String> identifiers) {
        AmazonSettings settings = AmazonConnector.resolve(definition, pacing).settings();
        if (settings == null) {
            throw new SpApiException("Amazon cannot be read back: " + cannotRead(definition).orElse(""));
        }
        Map<String, Map<String, Object>> held = new java.util.LinkedHashMap<>();
        client(definition.code(), settings).searchListings(identifiers)
                .forEach((sku, attributes) -> held.put(sku, ListingReader.fields(attributes)));
        return held;
    }

    @Override
    public Map<String, Object> comparable(ConnectorDefinition definition, MappedItem item) {
        AmazonListing listing = new SpooledListing(null, item.id(), OperationKind.UPDATE, null, item.fields())
                .listing();
        String language = definition.deliverySetting("language_tag", definition.locale());
        ListingTarget target = new ListingTarget("-", definition.deliverySetting("marketplace_id", "-"), language,
                definition.currency());
        return ListingReader.expected(listing, target);
    }

    private SpApiClient client(String code, AmazonSettings settings) {
        return clients.compute(code, (k, known) -> known != null && known.settings().equals(settings)
                ? known
                : new SpApiClient(settings));
    }

    private static String key(ConnectorDefinition definition) {
        return definition.code() + "\u0000" + Thread.currentThread().getId();
    }

    private ExecutorService background() {
        if (onChange == null) {
            synchronized (this) {
                if (onChange == null) {
                    onChange = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "amazon-on-change");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return onChange;
    }

    @PreDestroy
    void stop() {
        if (onChange != null) {
            onChange.shutdownNow();
        }
    }
}
