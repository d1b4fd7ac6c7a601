package io.omnipim.platform.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.security.Author;

/**
 * What a running job sees of itself: its options, where it stopped last time, and the calls that record its
 * progress. Counts and the issue cap are kept here, written with every committed step.
 */
public final class JobContext {

    private static final long CANCEL_CHECK_MILLIS = 500;
    private static final long PROGRESS_MILLIS = 500;

    private final JobRecord job;
    private final JobRepository repository;
    private final int maxIssues;
    private final Map<String, Long> counts;
    private long errorCount;
    private int storedIssues;
    private long done;
    private long lastCancelCheck;
    private boolean cancelled;
    private long lastProgress;
    private String message;
    private JsonNode result;

    JobContext(JobRecord job, JobRepository repository, int maxIssues, int storedIssues) {
        this.job = job;
        this.repository = repository;
        this.maxIssues = maxIssues;
        this.counts = new LinkedHashMap<>(job.counts());
        this.errorCount = job.errorCount();
        this.storedIssues = storedIssues;
        this.done = job.done();
    }

    public UUID id() {
        return job.id();
    }

    public ObjectNode options() {
        return job.options();
    }

    /** Where the last committed step ended; null on a first run. */
    public JsonNode cursor() {
        return job.cursor();
    }

    public Author author() {
        return job.createdBy();
    }

    public String label() {
        return job.label();
    }

    public long done() {
        return done;
    }

    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Sets the counts to show before the first step (e.g. all zero, so the API lists them in order). */
    public void initCounts(List<String> names) {
        names.forEach(n -> counts.putIfAbsent(n, 0L));
    }

    public void total(long total) {
        repository.progress(job.id(), done, total);
    }

    /** Progress outside a committed step (a pre-pass, a dry run); written at most twice a second. */
    public void progress(long done) {
        this.done = done;
        long now = System.currentTimeMillis();
        if (now - lastProgress >= PROGRESS_MILLIS) {
            lastProgress = now;
            repository.progress(job.id(), done, null);
        }
    }

    /** What {@link #commit} changes in memory, taken before it so a step that did not commit can be undone. */
    public record Recorded(Map<String, Long> counts, long errorCount, int storedIssues, long done) {
    }

    public Recorded recorded() {
        return new Recorded(new LinkedHashMap<>(counts), errorCount, storedIssues, done);
    }

    /**
     * Back to what was recorded before a step whose transaction rolled back: the next step, maybe of another
     * thread of the same job, must not commit counts or a position that never committed.
     */
    public void restore(Recorded before) {
        counts.clear();
        counts.putAll(before.counts());
        errorCount = before.errorCount();
        storedIssues = before.storedIssues();
        done = before.done();
    }

    /**
     * Records a step in the step's own transaction: how far the job got, where to resume, count increments and
     * the step's issues (kept up to the cap).
     */
    public void commit(Connection c, long done, JsonNode cursor, Map<String, Long> increments,
            List<JobIssue> issues) throws SQLException {
        increments.forEach((k, v) -> counts.merge(k, v, Long::sum));
        errorCount += issues.stream().filter(i -> !i.warning()).count();
        int room = Math.max(0, maxIssues - storedIssues);
        List<JobIssue> kept = issues.size() <= room ? issues : issues.subList(0, room);
        repository.insertIssues(c, job.id(), storedIssues, kept);
        storedIssues += kept.size();
        this.done = done;
        repository.commit(c, job.id(), done, cursor, counts, errorCount);
    }

    public boolean cancelRequested() {
        long now = System.currentTimeMillis();
        if (!cancelled && now - lastCancelCheck >= CANCEL_CHECK_MILLIS) {
            lastCancelCheck = now;
            cancelled = repository.cancelRequested(job.id());
        }
        return cancelled;
    }

    /** The sentence shown with the final status ("Stopped after line 1,500 …"). */
    public void message(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }

    /** What the job produced (e.g. the exported file), shown as {@code result}. */
    public void result(JsonNode result) {
        this.result = result;
    }

    JsonNode result() {
        return result;
    }
}
