package io.omnipim.bulk.edit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.platform.job.JobHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs bulk edits. At the first start the selection is resolved (a search becomes its list of products) and stored
 * with the job's first checkpoint; then the products are changed batch by batch, each batch in one transaction
 * with its checkpoint, so a resumed job continues after the last committed batch and never applies a change twice.
 */
@ApplicationScoped
public class BulkEditHandler implements JobHandler {

    public static final String TYPE = "bulk-edit";
    static final List<String> COUNTS = List.of("updated", "unchanged", "failed");

    /** Products per transaction: small enough for a lively progress bar, large enough to write in bulk. */
    static final int BATCH = 100;

    private final SelectionResolver resolver;
    private final BulkEditItems items;
    private final BulkEditBatch batch;
    private final AgroalDataSource dataSource;

    public BulkEditHandler(SelectionResolver resolver, BulkEditItems items, BulkEditBatch batch,
            AgroalDataSource dataSource) {
        this.resolver = resolver;
        this.items = items;
        this.batch = batch;
        this.dataSource = dataSource;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) {
        BulkEditOptions options = BulkEditOptions.parse(job.options());
        job.initCounts(COUNTS);
        // the cursor is the last product committed; the context keeps the one the job was started with
        int seq = job.cursor() == null ? resolve(job, options.selection()) : job.cursor().path("seq").asInt();
        while (!job.cancelRequested()) {
            List<BulkEditItems.Item> next = items.after(job.id(), seq, BATCH);
            if (next.isEmpty()) {
                break;
            }
            batch.apply(job, next, options.action());
            seq = next.get(next.size() - 1).seq();
        }
        items.delete(job.id());
    }

    /** The selection and the first checkpoint commit together: a crash before leaves a job that resolves again. */
    private int resolve(JobContext job, BulkSelection selection) {
        List<String> identifiers = resolver.identifiers(selection);
        if (identifiers.isEmpty()) {
            throw new JobFailure("No product matches this selection any more: nothing was changed.");
        }
        job.total(identifiers.size());
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                items.insert(c, job.id(), identifiers);
                job.commit(c, 0, JsonNodeFactory.instance.objectNode().put("seq", 0), Map.of(), List.of());
            } catch (SQLException e) {
                throw new IllegalStateException("could not store the selection of bulk edit " + job.id(), e);
            }
        });
        return 0;
    }
}
