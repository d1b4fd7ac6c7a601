package io.omnipim.syndication.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.RemoteCopy;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.push.PushedType;

/**
 * The web shop's webhook: change batches {@code {"connector", "items": [{"id", "action": "upsert"|"delete",
 * "payload": {…mapped fields…}}]}} POSTed to {@code delivery.url}, signed ({@link Signature}), with an
 * {@code Idempotency-Key} per batch content. Batches are queued in PostgreSQL first and delivered by
 * {@link WebhookDeliverer}, which retries until the receiver acknowledges or the retry window ends. With
 * {@code delivery.read_url}, the consistency report reads back what the shop holds ({@link ShopCopy}).
 */
@ApplicationScoped
public class WebhookType implements PushedType, RemoteCopy {

    public static final String TYPE = "webhook";

    private final OutgoingRepository outgoing;
    private final WebhookDeliverer deliverer;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private volatile ShopCopy shopCopy;

    public WebhookType(OutgoingRepository outgoing, WebhookDeliverer deliverer, WebhookConfig config,
            ObjectMapper json) {
        this.outgoing = outgoing;
        this.deliverer = deliverer;
        this.config = config;
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
    public List<DefinitionProblem> checkDelivery(ConnectorDefinition definition) {
        return WebhookSettings.check(definition);
    }

    @Override
    public Optional<String> cannotDeliver(ConnectorDefinition definition) {
        return Optional.ofNullable(WebhookSettings.resolve(definition, config.batchSize()).problem());
    }

    @Override
    public void push(ConnectorDefinition definition, List<ItemChange> changes) {
        int size = Integer.parseInt(definition.deliverySetting("batch_size", Integer.toString(config.batchSize())));
        for (int from = 0; from < changes.size(); from += size) {
            enqueue(definition.code(), changes.subList(from, Math.min(changes.size(), from + size)));
        }
        deliverer.deliverDue(definition.code());
    }

    private void enqueue(String code, List<ItemChange> batch) {
        ArrayNode items = json.createArrayNode();
        ArrayNode keys = json.createArrayNode();
        for (ItemChange change : batch) {
            ObjectNode item = items.addObject().put("id", change.identifier()).put("action", change.action());
            if (!change.isDelete()) {
                item.set("payload", json.valueToTree(change.item().fields()));
            }
            keys.addObject().put("uuid", change.product().toString()).put("id", change.identifier())
                    .put("action", change.action()).put("hash", change.hash());
        }
        String itemsText = items.toString();
        ObjectNode body = json.createObjectNode().put("connector", code);
        body.set("items", items);
        outgoing.insert(code, Signature.batchKey(code, itemsText), body.toString(), keys.toString(), batch.size());
    }

    @Override
    public String remoteName(ConnectorDefinition definition) {
        return "the shop's copy at " + definition.deliverySetting("read_url", "?");
    }

    @Override
    public Optional<String> cannotRead(ConnectorDefinition definition) {
        return ShopCopy.cannotRead(definition, cannotDeliver(definition).orElse(null));
    }

    @Override
    public Map<String, Map<String, Object>> read(ConnectorDefinition definition, List<String> identifiers) {
        if (shopCopy == null) {
            shopCopy = new ShopCopy(config.timeout(), json);
        }
        return shopCopy.read(definition, WebhookSettings.resolve(definition, config.batchSize()).settings(),
                identifiers);
    }

    @Override
    public PushReport settle(ConnectorDefinition definition, OffsetDateTime since, Duration wait) {
        Instant until = Instant.now().plus(wait);
        Map<String, Long> statuses = outgoing.statusesSince(definition.code(), since);
        while (statuses.getOrDefault(OutgoingBatch.PENDING, 0L) > 0 && Instant.now().isBefore(until)) {
            deliverer.deliverDue(definition.code());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            statuses = outgoing.statusesSince(definition.code(), since);
        }
        List<String> dead = outgoing.dead(definition.code(), since, 100).stream()
                .map(b -> "batch " + b.batchId().substring(0, 12) + " (" + b.itemCount() + " items) after "
                        + b.attempts() + " attempts: " + b.lastError())
                .toList();
        return new PushReport(statuses.getOrDefault(OutgoingBatch.DELIVERED, 0L),
                statuses.getOrDefault(OutgoingBatch.PENDING, 0L), statuses.getOrDefault(OutgoingBatch.DEAD, 0L),
                dead);
    }
}
