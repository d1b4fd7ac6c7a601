package io.omnipim.syndication.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.errors.PimException;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * POSTs the pending batches to the receivers, one node at a time (advisory lock), per connector in queue order: a
 * batch that fails waits (exponential backoff) and holds the later ones back, so a receiver never gets an older
 * copy after a newer one. A 2xx acknowledges: the syndication state of the batch's products is written then. A
 * batch still failing when its retry window ends becomes a dead letter, and the next one goes.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final long LOCK = 4242201L;
    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    private final OutgoingRepository outgoing;
    private final ConnectorService connectors;
    private final SyndicationStateRepository states;
    private final AgroalDataSource dataSource;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public WebhookDeliverer(OutgoingRepository outgoing, ConnectorService connectors,
            SyndicationStateRepository states, AgroalDataSource dataSource, WebhookConfig config, ObjectMapper json) {
        this.outgoing = outgoing;
        this.connectors = connectors;
        this.states = states;
        this.dataSource = dataSource;
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Scheduled(every = "${pim.syndication.webhook.poll-interval:1s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void poll() {
        try {
            deliverDue(null);
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery failed: %s", e.getMessage());
        }
    }

    /** Delivers what is due, for one connector or all (null); does nothing while another node or thread does. */
    public void deliverDue(String connector) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) {
                return;
            }
            try {
                for (String code : connector == null ? outgoing.connectorsWithPending() : List.of(connector)) {
                    drain(code);
                }
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook delivery lock failed: " + e.getMessage(), e);
        }
    }

    private void drain(String code) {
        ConnectorDefinition definition;
        try {
            definition = connectors.usable(code).definition();
        } catch (PimException e) {
            return; // deleted or broken connector: its batches wait (and die when their window ends)
        }
        WebhookSettings.Resolved resolved = WebhookSettings.resolve(definition, config.batchSize());
        OutgoingBatch batch;
        while ((batch = outgoing.oldestPending(code)) != null
                && !batch.nextAttemptAt().isAfter(OffsetDateTime.now())) {
            String error = resolved.settings() == null ? resolved.problem() : post(resolved.settings(), batch);
            if (error == null) {
                outgoing.delivered(batch.id());
                acknowledge(code, batch);
                continue;
            }
            boolean dead = OffsetDateTime.now().isAfter(batch.createdAt().plus(config.retryWindow()));
            long factor = 1L << Math.min(batch.attempts(), 20);
            Duration wait = config.firstBackoff().multipliedBy(factor);
            if (wait.compareTo(config.maxBackoff()) > 0) {
                wait = config.maxBackoff();
            }
            outgoing.failed(batch.id(), error, OffsetDateTime.now().plus(wait), dead);
            LOG.infof("webhook batch %d of %s failed (attempt %d)%s: %s", batch.id(), code, batch.attempts() + 1,
                    dead ? ", dead-lettered" : "", error);
            if (!dead) {
                return;
            }
        }
    }

    /** Null when the receiver acknowledged (2xx), else what went wrong. */
    private String post(WebhookSettings settings, OutgoingBatch batch) {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(Signature.HEADER, Signature.header(settings.secret(), now, batch.body()))
                .header("Idempotency-Key", batch.batchId())
                .POST(HttpRequest.BodyPublishers.ofString(batch.body(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String text = response.body() == null ? "" : response.body().strip();
            return "HTTP " + response.statusCode() + (text.isEmpty() ? "" : ": " + abbreviate(text));
        } catch (java.io.IOException e) {
            return "receiver not reachable at " + settings.url() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The receiver holds the batch now: its products' state follows. */
    private void acknowledge(String code, OutgoingBatch batch) {
        try {
            JsonNode items = json.readTree(batch.itemsJson());
            JsonNode bodyItems = json.readTree(batch.body()).path("items");
            List<SyndicationState> acknowledged = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                boolean delete = "delete".equals(item.path("action").asText());
                acknowledged.add(new SyndicationState(code, java.util.UUID.fromString(item.path("uuid").asText()),
                        item.path("id").asText(), delete ? null : item.path("hash").asText(),
                        delete ? null : bodyItems.get(i).path("payload"), now,
                        delete ? SyndicationState.REMOVED : SyndicationState.DELIVERED, List.of()));
            }
            states.save(acknowledged);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("webhook batch " + batch.id() + " unreadable", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static boolean advisory(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
