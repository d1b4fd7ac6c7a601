package io.omnipim.platform.job;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The job runner: how many jobs run at once, how liveness is tracked. */
@ConfigMapping(prefix = "pim.jobs")
public interface JobConfig {

    /** Threads running jobs on this node (all types together). */
    @WithDefault("4")
    int threads();

    /** Per job type, how many may run at once across all nodes (e.g. {@code pim.jobs.max-running.import=2}). */
    Map<String, Integer> maxRunning();

    /** Jobs of a type without an entry in {@link #maxRunning()} run this many at once. */
    @WithDefault("2")
    int defaultMaxRunning();

    /** How often a node looks for queued jobs (a submit on this node wakes it at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often a running job tells the database it is alive. */
    @WithDefault("5s")
    Duration heartbeat();

    /** A running job silent for this long belongs to a dead node: it is marked interrupted. */
    @WithDefault("60s")
    Duration staleAfter();

    /** This node's name in the job table; defaults to host name and HTTP port. */
    Optional<String> nodeId();

    /** The most errors (and warnings) kept per job; counts go on beyond it. */
    @WithDefault("1000")
    int maxIssues();
}
