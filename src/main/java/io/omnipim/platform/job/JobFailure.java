package io.omnipim.platform.job;

import java.util.List;

/** Ends a job as failed with a message for its user (and optionally the issues that explain it). */
public class JobFailure extends RuntimeException {

    private final transient List<JobIssue> issues;

    public JobFailure(String message) {
        this(message, List.of());
    }

    public JobFailure(String message, List<JobIssue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    public List<JobIssue> issues() {
        return issues;
    }
}
