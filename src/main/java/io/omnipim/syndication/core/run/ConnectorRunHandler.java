package io.omnipim.syndication.core.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.StoredDocument;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.platform.job.JobHandler;
import io.omnipim.platform.job.JobIssue;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.connector.ConnectorDefinitions;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedComposer;
import io.omnipim.syndication.core.feed.FeedFormat;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.FileFeedType;
import io.omnipim.syndication.core.feed.ReadAhead;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.mapping.MappedValues;
import io.omnipim.syndication.core.push.PushedType;
import io.omnipim.syndication.core.state.RunStates;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a file-feed connector (Google, Meta, idealo): maps every selected product, writes the valid ones to a new
 * feed file, and publishes it only when the share of invalid products is within the publish gate; then records
 * what the channel's copy now holds per product (payload hash), and which products left it. Runs of one connector
 * never overlap: a run that finds an earlier one still running is skipped, and says so.
 */
@ApplicationScoped
public class ConnectorRunHandler implements JobHandler {

    public static final String TYPE = "connector-run";
    static final List<String> COUNTS = List.of("selected", "sent", "unchanged", "invalid", "removed", "failed");
    /** Threads mapping products while the run's own thread writes the feed. */
    private static final int MAPPERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ConnectorService connectors;
    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final FeedFiles files;
    private final RunOverlap overlap;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final PushRun pushRun;
    private final RunStates runStates;

    public ConnectorRunHandler(ConnectorService connectors, CatalogSelection selection, CatalogReader reader,
            SyndicationStateRepository states, FeedFiles files, RunOverlap overlap, AgroalDataSource dataSource,
            ObjectMapper json, PushRun pushRun, RunStates runStates) {
        this.runStates = runStates;
        this.connectors = connectors;
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.files = files;
        this.overlap = overlap;
        this.dataSource = dataSource;
        this.json = json;
        this.pushRun = pushRun;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) throws IOException {
        RunOptions options = RunOptions.of(job.options());
        job.initCounts(COUNTS);
        UUID earlier = overlap.earlierRunning(job.id(), options.connector());
        if (earlier != null) {
            job.message("Skipped: run " + earlier + " of this connector was still running; runs never overlap.");
            job.result(json.createObjectNode().put("skipped", true).put("running", earlier.toString()));
            return;
        }
        ConnectorDefinitions.Checked checked = usable(options.connector());
        if (checked.type() instanceof PushedType pushed) {
            pushRun.execute(job, options, checked.definition(), pushed);
            return;
        }
        if (!(checked.type() instanceof FileFeedType feed)) {
            throw new JobFailure("Connectors of type " + checked.definition().type() + " cannot run yet: only file"
                    + " feeds (google-merchant, meta-catalog, idealo) are wired to runs so far.");
        }
        new FeedRun(job, options, checked.definition(), feed).execute();
    }

    private ConnectorDefinitions.Checked usable(String code) {
        try {
            return connectors.usable(code);
        } catch (PimException e) {
            throw new JobFailure(e.getMessage() + (e.errors().isEmpty() ? "" : " " + e.errors().get(0).message()));
        }
    }

    /** One run of one file feed. */
    private final class FeedRun {

        private final JobContext job;
        private final RunOptions options;
        private final ConnectorDefinition definition;
        private final FileFeedType feed;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final OffsetDateTime start = OffsetDateTime.now();

        FeedRun(JobContext job, RunOptions options, ConnectorDefinition definition, FileFeedType feed) {
            this.job = job;
            this.options = options;
            this.definition = definition;
            this.feed = feed;
            COUNTS.forEach(c -> counts.put(c, 0L));
        }

        void execute() throws IOException {
            FeedFormat format = feed.format(definition);
            Path partial = files.partial(definition.code(), job.id().toString(), format);
            SelectedDocuments documents = new SelectedDocuments(selection, reader, states, definition, false,
                    MappedValues.of(definition));
            ItemMapper mapper = new ItemMapper(reader.structure(), definition, feed);
            FeedComposer.Outcome outcome;
            try (StateJournal journal = new StateJournal(runStates, definition.code())) {
                // buffered: the XML writer hands over a few bytes at a time, a system call each without it
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    FeedWriter writer = feed.open(definition, out);
                    RunItem.Preparer preparer = new RunItem.Preparer(mapper, writer, runStates, definition.code(),
                            start);
                    try (ReadAhead<StoredDocument, SyndicationState, RunItem> items = new ReadAhead<>(documents,
                            doc -> documents.previous(doc.uuid()), preparer, MAPPERS, 4)) {
                        outcome = FeedComposer.compose(items, writer, definition.publishGate(), 1000, item -> {
                            record(item, journal);
                            if (job.cancelRequested()) {
                                documents.stop();
                            }
                        });
                    }
                }
                finish(outcome, partial, format, journal);
            } finally {
                Files.deleteIfExists(partial);
            }
        }

        private void record(RunItem item, StateJournal journal) {
            counts.merge("selected", 1L, Long::sum);
            if (item.mapping().valid()) {
                counts.merge(item.unchanged() ? "unchanged" : "sent", 1L, Long::sum);
            }
            journal.add(item.state());
        }

        private void finish(FeedComposer.Outcome outcome, Path partial, FeedFormat format, StateJournal journal)
                throws IOException {
            counts.put("invalid", outcome.invalid());
            ObjectNode result = json.createObjectNode().put("format", format.name()).put("mode", options.mode())
                    .put("dry_run", options.dryRun());
            boolean publish = outcome.publishable() && !options.dryRun() && !job.cancelRequested();
            if (publish) {
                files.publish(definition.code(), partial, format);
                counts.put("removed", (long) journal.record());
                job.message(outcome.written() + " products published in the " + format.name() + " feed ("
                        + counts.get("sent") + " changed, " + counts.get("unchanged") + " unchanged, "
                        + outcome.invalid() + " invalid and left out, " + counts.get("removed") + " removed).");
            } else {
                job.message(heldBack(outcome));
            }
            result.put("published", publish).put("written", outcome.written());
            job.result(result);
            commit(outcome.firstIssues());
        }

        private String heldBack(FeedComposer.Outcome outcome) {
            if (job.cancelRequested()) {
                return "Cancelled: nothing was published; the previous feed stays.";
            }
            if (options.dryRun()) {
                return "Dry run: " + outcome.written() + " products would be published, " + outcome.invalid()
                        + (outcome.invalid() == 1 ? " is" : " are") + " invalid"
                        + (outcome.publishable() ? "." : "; the publish gate would hold it back.");
            }
            return "Not published: " + outcome.invalid() + " of " + outcome.selected() + " products are invalid,"
                    + " more than the publish gate allows (" + Math.round(definition.publishGate().maxInvalidRatio()
                            * 100)
                    + " %); the previous feed stays. Fix the products listed in the errors.";
        }

        private void commit(List<ItemIssue> issues) {
            List<JobIssue> jobIssues = new ArrayList<>();
            for (ItemIssue i : issues) {
                jobIssues.add(new JobIssue(null, null, null, i.field(), null, i.id(), i.message(), false));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection()) {
                    job.commit(c, counts.get("selected"), null, counts, jobIssues);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not record the run of " + definition.code(), e);
                }
            });
        }
    }
}
