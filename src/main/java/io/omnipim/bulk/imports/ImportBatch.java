package io.omnipim.bulk.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.bulk.imports.RejectedRows.Rejected;
import io.omnipim.catalog.product.write.UniqueClaims;
import io.omnipim.platform.db.SqlFailures;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobIssue;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The transaction of one batch: the rows, the rejected rows and the job's checkpoint commit together, so after a
 * crash the import resumes exactly after the last batch that committed. A dry run writes the rows in a
 * transaction that is rolled back (every rule of a real write is checked) and records only the report.
 *
 * <p>
 * Two writers may share it (see {@link WriterShares}): their rows are written at the same time, but the checkpoints
 * are recorded and committed one at a time, so each builds on what the other committed (progress, counts, the
 * issues' sequence, the other share's resume point).
 */
final class ImportBatch {

    /**
     * What a batch adds to the job: progress, where to resume, count increments, issues, rejected rows; and what
     * to remember once it committed (run before the next checkpoint is recorded).
     */
    record Checkpoint(long done, JsonNode cursor, Map<String, Long> counts, List<JobIssue> issues,
            List<Rejected> rejected, Runnable committed) {

        Checkpoint(long done, JsonNode cursor, Map<String, Long> counts, List<JobIssue> issues,
                List<Rejected> rejected) {
            this(done, cursor, counts, issues, rejected, () -> {
            });
        }
    }

    /** Turns the writer's outcomes into the checkpoint (called inside the transaction when there is one). */
    interface Report {

        Checkpoint of(List<RowOutcome> outcomes);
    }

    private final BatchWriter writer;
    private final JobContext job;
    private final RejectedRows rejectedRows;
    private final AgroalDataSource dataSource;
    private final boolean dryRun;
    private final ReentrantLock checkpoints = new ReentrantLock();

    ImportBatch(BatchWriter writer, JobContext job, RejectedRows rejectedRows, AgroalDataSource dataSource,
            boolean dryRun) {
        this.writer = writer;
        this.job = job;
        this.rejectedRows = rejectedRows;
        this.dataSource = dataSource;
        this.dryRun = dryRun;
    }

    void write(List<PreparedRow> rows, Report report) {
        if (writer.inBatchTransaction() && !dryRun) {
            retryingDeadlocks(() -> checkpointed(() -> write(rows), report));
            return;
        }
        // a writer with its own transactions (structure) rolls each row back itself in a dry run
        List<RowOutcome> outcomes = dryRun && writer.inBatchTransaction()
                ? RolledBack.call(() -> write(rows))
                : write(rows);
        checkpointed(() -> outcomes, report);
    }

    /**
     * One transaction: the rows (when {@code rows} writes them), then the checkpoint. Checkpoints are recorded and
     * committed one at a time: the lock taken before the checkpoint is released after the commit (or the
     * rollback). When the transaction does not commit, the job forgets what the checkpoint added, so the next
     * checkpoint (another writer's) does not store counts or a resume point that never committed.
     */
    private void checkpointed(Supplier<List<RowOutcome>> rows, Report report) {
        JobContext.Recorded[] before = new JobContext.Recorded[1];
        Checkpoint[] recorded = new Checkpoint[1];
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<RowOutcome> outcomes = rows.get();
                checkpoints.lock();
                before[0] = job.recorded();
                recorded[0] = report.of(outcomes);
                record(recorded[0]);
            });
            recorded[0].committed().run();
        } catch (RuntimeException e) {
            if (before[0] != null) {
                job.restore(before[0]);
            }
            throw e;
        } finally {
            while (checkpoints.isHeldByCurrentThread()) {
                checkpoints.unlock();
            }
        }
    }

    /**
     * A batch can deadlock with a concurrent writer of the same products (the completeness recompute after a
     * family change, another import): PostgreSQL rolls one back, and the batch simply runs again.
     */
    private static void retryingDeadlocks(Runnable transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 4 || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt + (long) (Math.random() * 100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Deadlock (40P01), serialization failure (40001), or a unique value another writer claimed since this one
     * looked (the retry sees the claim and refuses the row), anywhere in the cause chain.
     */
    static boolean isTransient(Throwable e) {
        return SqlFailures.hasCause(e, UniqueClaims.ConcurrentClaimException.class)
                || SqlFailures.hasState(e, SqlFailures.DEADLOCK, SqlFailures.SERIALIZATION_FAILURE);
    }

    private List<RowOutcome> write(List<PreparedRow> rows) {
        return rows.isEmpty() ? List.of() : writer.write(rows, job.author());
    }

    private void record(Checkpoint checkpoint) {
        try (Connection c = dataSource.getConnection()) {
            rejectedRows.insert(c, job.id(), checkpoint.rejected());
            job.commit(c, checkpoint.done(), checkpoint.cursor(), checkpoint.counts(), checkpoint.issues());
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the batch of import " + job.id(), e);
        }
    }
}
