package io.omnipim.platform.job;

import java.util.Locale;

/** Where a job is in its life. Only {@link #QUEUED} and {@link #RUNNING} are unfinished. */
public enum JobStatus {

    QUEUED, RUNNING, DONE, FAILED, CANCELLED, INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
