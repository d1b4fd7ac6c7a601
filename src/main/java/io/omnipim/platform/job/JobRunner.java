package io.omnipim.platform.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs queued jobs on a bounded pool. Every node polls; claims are made in the database ({@code SKIP LOCKED}), so
 * each job runs once across the cluster and the per-type limits hold. A job whose node died is marked
 * interrupted, at that node's restart or when its heartbeat goes silent.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobRepository repository;
    private final JobConfig config;
    private final Map<String, JobHandler> handlers;
    private final String node;
    private final AtomicInteger busy = new AtomicInteger();
    private final Object pollLock = new Object();
    private ExecutorService pool;
    private ExecutorService waker;
    private volatile boolean stopping;

    public JobRunner(JobRepository repository, JobConfig config, Instance<JobHandler> handlers,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.repository = repository;
        this.config = config;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
        this.node = config.nodeId().orElseGet(() -> hostName() + ":" + port);
    }

    void onStart(@Observes StartupEvent event) {
        pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "pim-job");
            t.setDaemon(true);
            return t;
        });
        waker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pim-job-waker");
            t.setDaemon(true);
            return t;
        });
        int orphans = repository.interruptOrphans(node, OffsetDateTime.now().minus(config.staleAfter()));
        if (orphans > 0) {
            LOG.infof("%d job(s) left running by a stopped server are now interrupted (resume them to continue)",
                    orphans);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (pool != null) {
            waker.shutdownNow();
            pool.shutdownNow();
        }
    }

    public String node() {
        return node;
    }

    public boolean handles(String type) {
        return handlers.containsKey(type);
    }

    /** Starts what may start now; called on a schedule and right after a submit. */
    @Scheduled(every = "${pim.jobs.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    public void poll() {
        if (stopping || pool == null) {
            return;
        }
        synchronized (pollLock) {
            for (JobHandler handler : handlers.values()) {
                while (busy.get() < config.threads()) {
                    Optional<JobRecord> job = repository.claim(handler.type(), limit(handler.type()), node);
                    if (job.isEmpty()) {
                        break;
                    }
                    busy.incrementAndGet();
                    pool.execute(() -> execute(handler, job.get()));
                }
            }
        }
    }

    /** Wakes the poller without waiting for its next turn. */
    public void wake() {
        if (waker != null && !stopping) {
            waker.execute(() -> {
                try {
                    poll();
                } catch (RuntimeException e) {
                    LOG.warn("job poll failed", e);
                }
            });
        }
    }

    @Scheduled(every = "${pim.jobs.heartbeat:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void heartbeat() {
        if (stopping) {
            return;
        }
        repository.heartbeat(node);
        repository.interruptSilent(OffsetDateTime.now().minus(config.staleAfter()));
    }

    private int limit(String type) {
        return config.maxRunning().getOrDefault(type, config.defaultMaxRunning());
    }

    private void execute(JobHandler handler, JobRecord job) {
        UUID id = job.id();
        try {
            JobContext context = new JobContext(job, repository, config.maxIssues(), repository.issueCount(id));
            handler.run(context);
            repository.progress(id, context.done(), null);
            boolean cancelled = context.cancelRequested();
            repository.finish(id, cancelled ? JobStatus.CANCELLED : JobStatus.DONE, context.message(),
                    context.result());
        } catch (JobFailure failure) {
            recordFailure(id, failure);
        } catch (Throwable t) {
            if (stopping) {
                return; // the restart marks it interrupted; it resumes from its last committed step
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(t, "job %s (%s) failed [reference %s]", id, job.type(), reference);
            repository.finish(id, JobStatus.FAILED, "The job stopped on an unexpected error (reference " + reference
                    + "); what was committed before stays. Details are in the server log.", null);
        } finally {
            busy.decrementAndGet();
        }
        if (!stopping) {
            wake();
        }
    }

    private void recordFailure(UUID id, JobFailure failure) {
        if (!failure.issues().isEmpty()) {
            try {
                repository.appendIssues(id, failure.issues());
            } catch (RuntimeException e) {
                LOG.warn("could not store the issues of failed job " + id, e);
            }
        }
        repository.finish(id, JobStatus.FAILED, failure.getMessage(), null);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
