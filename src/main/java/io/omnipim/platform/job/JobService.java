package io.omnipim.platform.job;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;

/** Submits, shows, cancels and resumes jobs; features put their own REST resources on top of it. */
@ApplicationScoped
public class JobService {

    private final JobRepository repository;
    private final JobRunner runner;

    public JobService(JobRepository repository, JobRunner runner) {
        this.repository = repository;
        this.runner = runner;
    }

    /** Queues a job; it starts as soon as a runner slot for its type is free. */
    public UUID submit(String type, String label, ObjectNode options, Author author) {
        return submit(UUID.randomUUID(), type, label, options, author);
    }

    /** Queues a job with an id chosen beforehand (e.g. its uploaded file is stored under it). */
    public UUID submit(UUID id, String type, String label, ObjectNode options, Author author) {
        if (!runner.handles(type)) {
            throw new IllegalArgumentException("no handler for job type " + type);
        }
        repository.insert(id, type, label, options, author);
        runner.wake();
        return id;
    }

    public JobRecord record(UUID id, String type) {
        return repository.find(id).filter(j -> j.type().equals(type))
                .orElseThrow(() -> PimException.notFound("Job \"" + id + "\" does not exist."));
    }

    /** A job with its first errors and warnings. */
    public JobView view(UUID id, String type) {
        return JobView.of(record(id, type), repository.issues(id), OffsetDateTime.now());
    }

    public List<JobView> list(List<String> types, int page, int limit) {
        OffsetDateTime now = OffsetDateTime.now();
        return repository.list(types, (page - 1) * limit, limit).stream().map(r -> JobView.of(r, null, now))
                .toList();
    }

    /** Jobs of one type for one subject (e.g. the runs of one connector), newest first. */
    public List<JobView> listByOption(String type, String key, String value, int page, int limit) {
        OffsetDateTime now = OffsetDateTime.now();
        return repository.listByOption(type, key, value, (page - 1) * limit, limit).stream()
                .map(r -> JobView.of(r, null, now)).toList();
    }

    public long count(List<String> types) {
        return repository.count(types);
    }

    /**
     * Cancels a queued job at once, or asks a running one to stop after its current step (what it committed
     * stays); a finished job cannot be cancelled.
     */
    public JobView cancel(UUID id, String type) {
        JobRecord job = record(id, type);
        if (job.status().finished()) {
            throw new PimException(409, "The job is already " + job.status().code() + "; there is nothing to cancel.");
        }
        if (!repository.cancelQueued(id)) {
            repository.requestCancel(id);
        }
        return view(id, type);
    }

    /** Queues an interrupted job again; it continues after its last committed step. */
    public JobView resume(UUID id, String type) {
        JobRecord job = record(id, type);
        if (job.status() != JobStatus.INTERRUPTED || !repository.requeue(id)) {
            throw new PimException(409, "Only an interrupted job can be resumed; this one is " + job.status().code()
                    + ".");
        }
        runner.wake();
        return view(id, type);
    }
}
