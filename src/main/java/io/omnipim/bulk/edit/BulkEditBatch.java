package io.omnipim.bulk.edit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.ProductChangeService;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.platform.db.SqlFailures;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobIssue;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One batch of a bulk edit in one transaction: the products changed through the catalog's write path and the job's
 * checkpoint (progress, counts, the refused products with their reasons) commit together.
 */
@ApplicationScoped
public class BulkEditBatch {

    private final ProductChangeService products;
    private final AgroalDataSource dataSource;

    public BulkEditBatch(ProductChangeService products, AgroalDataSource dataSource) {
        this.products = products;
        this.dataSource = dataSource;
    }

    void apply(JobContext job, List<BulkEditItems.Item> items, BulkEditAction action) {
        List<String> identifiers = items.stream().map(BulkEditItems.Item::identifier).toList();
        int lastSeq = items.get(items.size() - 1).seq();
        retryingDeadlocks(() -> QuarkusTransaction.requiringNew().run(() -> {
            List<ProductOutcome> outcomes = products.change(identifiers, action::patchFor, job.author());
            record(job, items, outcomes, lastSeq);
        }));
    }

    private void record(JobContext job, List<BulkEditItems.Item> items, List<ProductOutcome> outcomes, int lastSeq) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<JobIssue> issues = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ProductOutcome o = outcomes.get(i);
            String count = !o.ok() ? "failed" : o.changed() ? "updated" : "unchanged";
            counts.merge(count, 1L, Long::sum);
            if (!o.ok()) {
                issues.add(issue(items.get(i), o.error()));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            job.commit(c, job.done() + outcomes.size(), JsonNodeFactory.instance.objectNode().put("seq", lastSeq),
                    counts, issues);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a batch of bulk edit " + job.id(), e);
        }
    }

    /** One line per refused product: the reasons the write path gave, with the field they are about. */
    static JobIssue issue(BulkEditItems.Item item, PimException error) {
        List<FieldError> errors = error.errors();
        String message = errors.isEmpty()
                ? error.getMessage()
                : String.join(" ", errors.stream().map(FieldError::message).toList());
        String property = errors.isEmpty()
                ? null
                : errors.get(0).attribute() != null ? errors.get(0).attribute() : errors.get(0).property();
        return new JobIssue((long) item.seq(), null, null, property, null, item.identifier(), message, false);
    }

    /** A deadlock with a concurrent writer of the same products rolls the batch back; it simply runs again. */
    private static void retryingDeadlocks(Runnable transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 4 || !deadlock(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        return SqlFailures.hasState(e, SqlFailures.DEADLOCK, SqlFailures.SERIALIZATION_FAILURE);
    }
}
