package io.omnipim.platform.job;

/**
 * Runs the jobs of one type. Implementations are CDI beans; the runner finds them by {@link #type()}.
 *
 * <p>
 * A handler commits its work in steps, each with {@link JobContext#commit} in the step's own transaction, so that a
 * resumed job starts exactly after the last committed step. It checks {@link JobContext#cancelRequested()} between
 * steps and returns early when asked.
 */
public interface JobHandler {

    String type();

    /** Does the work; a {@link JobFailure} ends the job as failed with its message. */
    void run(JobContext context) throws Exception;
}
