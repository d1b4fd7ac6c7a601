package io.omnipim.syndication.core.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.platform.job.JobIssue;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.push.ChangePlanner;
import io.omnipim.syndication.core.push.ItemChange;
import io.omnipim.syndication.core.push.PushConfig;
import io.omnipim.syndication.core.push.PushedType;
import io.omnipim.syndication.core.state.SyndicationStateRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A run of a pushed connector (webhook, app feed, Amazon): plans the full or delta changes page by page, hands them
 * to the type, then waits a bounded time for the channel to acknowledge them and reports delivered, pending and
 * dead-lettered batches, and the products the channel refused (with its reasons). A connector whose secret or URL is
 * not set in the environment delivers nothing and says so.
 */
@ApplicationScoped
public class PushRun {

    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Duration wait;
    private final DeltaScope deltas;

    public PushRun(CatalogSelection selection, CatalogReader reader, SyndicationStateRepository states,
            AgroalDataSource dataSource, ObjectMapper json, PushConfig config, DeltaScope deltas) {
        this.deltas = deltas;
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.dataSource = dataSource;
        this.json = json;
        this.wait = config.runWait();
    }

    void execute(JobContext job, RunOptions options, ConnectorDefinition definition, PushedType type) {
        OffsetDateTime start = OffsetDateTime.now();
        DeltaScope.Start scope = deltas.begin(definition);
        ObjectNode result = json.createObjectNode().put("mode", options.mode()).put("dry_run", options.dryRun());
        Map<String, Long> counts = new LinkedHashMap<>();
        ConnectorRunHandler.COUNTS.forEach(c -> counts.put(c, 0L));
        Optional<String> blocked = type.cannotDeliver(definition);
        if (blocked.isPresent() && !options.dryRun()) {
            job.message("Not delivered: " + blocked.get());
            job.result(result.put("delivered", false));
            commit(job, definition, counts, List.of());
            return;
        }
        ChangePlanner planner = new ChangePlanner(selection, reader, states, definition, type);
        Consumer<List<ItemChange>> sink = changes -> {
            if (!options.dryRun() && !job.cancelRequested()) {
                type.push(definition, changes);
            }
        };
        boolean full = "full".equals(options.mode());
        try {
            Optional<Set<UUID>> candidates = full ? Optional.empty() : deltas.candidates(scope);
            if (candidates.isPresent()) {
                result.put("compared", "changed since the last complete delivery").put("candidates",
                        candidates.get().size());
                planner.planAmong(candidates.get(), sink);
            } else {
                result.put("compared", "every selected product");
                planner.planAll(full, sink);
            }
        } catch (RuntimeException e) {
            type.discard(definition);
            throw e;
        }
        counts.putAll(planner.counts());
        List<JobIssue> issues = new ArrayList<>();
        for (ItemIssue i : planner.issues()) {
            issues.add(new JobIssue(null, null, null, i.field(), null, i.id(), i.message(), false));
        }
        if (options.dryRun()) {
            job.message("Dry run: " + counts.get("sent") + " products would be sent, " + counts.get("removed")
                    + " removed, " + counts.get("invalid") + " are invalid.");
            job.result(result.put("delivered", false));
        } else {
            PushedType.PushReport report = settle(type, definition, start);
            counts.put("failed", report.dead() + report.rejected());
            report.deadLetters().forEach(d -> issues.add(new JobIssue(null, null, null, null, null, null,
                    "Dead letter: " + d, false)));
            report.issues().forEach(i -> issues.add(new JobIssue(null, null, null, i.field(), null, i.id(),
                    i.message(), false)));
            job.message(counts.get("sent") + " products sent, " + counts.get("removed") + " removed, "
                    + counts.get("unchanged") + " unchanged, " + counts.get("invalid") + " invalid and left out; "
                    + report.delivered() + " batches acknowledged, " + report.pending() + " still being retried, "
                    + report.dead() + " dead-lettered"
                    + (report.rejected() == 0
                            ? "."
                            : "; " + report.rejected() + " refused by the channel (see the"
                                    + " errors: fix those products and run again)."));
            // a delta only looks at products changed since a complete delivery: anything left undelivered
            // (retried, dead-lettered, refused) keeps the previous mark, so the next delta looks at it again
            boolean complete = report.pending() == 0 && report.dead() == 0 && report.rejected() == 0
                    && !job.cancelRequested();
            if (complete) {
                deltas.complete(scope);
            }
            result.put("delivered", complete)
                    .put("batches_delivered", report.delivered()).put("batches_pending", report.pending())
                    .put("batches_dead", report.dead()).put("rejected", report.rejected())
                    .set("dead_letters", json.valueToTree(report.deadLetters()));
            job.result(result);
        }
        commit(job, definition, counts, issues);
    }

    /** A channel that fails the whole delivery (Amazon's FATAL feed…) fails the run with its reason. */
    private PushedType.PushReport settle(PushedType type, ConnectorDefinition definition, OffsetDateTime start) {
        try {
            return type.settle(definition, start, wait);
        } catch (PimException e) {
            throw new JobFailure(e.getMessage());
        }
    }

    private void commit(JobContext job, ConnectorDefinition definition, Map<String, Long> counts,
            List<JobIssue> issues) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                job.commit(c, counts.get("selected"), null, counts, issues);
            } catch (SQLException e) {
                throw new IllegalStateException("could not record the run of " + definition.code(), e);
            }
        });
    }
}
