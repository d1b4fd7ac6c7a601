package io.omnipim.syndication.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobService;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.definition.SecretRefs;

/** Starts connector runs, lists them, and serves the feed a run published. */
@ApplicationScoped
public class ConnectorRuns {

    private final JobService jobs;
    private final ConnectorService connectors;
    private final FeedFiles files;

    public ConnectorRuns(JobService jobs, ConnectorService connectors, FeedFiles files) {
        this.jobs = jobs;
        this.connectors = connectors;
        this.files = files;
    }

    /** Queues a run; the connector must be usable (a 422 names what is wrong with its definition). */
    public UUID start(String code, RunOptions options, Author author) {
        connectors.usable(code);
        return jobs.submit(ConnectorRunHandler.TYPE, code + " (" + options.mode() + (options.dryRun()
                ? ", dry run"
                : "") + ")", options.toJson(), author);
    }

    public List<JobView> runs(String code, int page, int limit) {
        connectors.get(code);
        return jobs.listByOption(ConnectorRunHandler.TYPE, "connector", code, page, limit);
    }

    public JobView run(String code, UUID id) {
        JobView view = jobs.view(id, ConnectorRunHandler.TYPE);
        if (!code.equals(view.options().path("connector").asText())) {
            throw PimException.notFound("Run \"" + id + "\" is not a run of connector \"" + code + "\".");
        }
        return view;
    }

    /** The published feed; 404 until a run published one. */
    public Path feed(String code) {
        connectors.get(code);
        return files.published(code).orElseThrow(() -> PimException.notFound("Connector \"" + code + "\" has no"
                + " published feed yet: start a run (POST /api/rest/v1/connectors/" + code + "/runs)."));
    }

    /**
     * The feed for a channel's scheduled fetch, by the secret token of the definition's
     * {@code delivery.fetch_token} (an environment variable reference); 404 for any other token, so the URL
     * reveals nothing.
     */
    public Path feedByToken(String code, String token) {
        String expected;
        try {
            expected = SecretRefs.resolve(connectors.usable(code).definition().deliverySetting("fetch_token", null),
                    Map.copyOf(System.getenv())).orElse(null);
        } catch (PimException e) {
            expected = null;
        }
        if (expected == null || expected.isBlank() || token == null
                || !java.security.MessageDigest.isEqual(expected.getBytes(), token.getBytes())) {
            throw PimException.notFound("Not found.");
        }
        return feed(code);
    }
}
