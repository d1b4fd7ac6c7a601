package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.format.TableReader;
import io.omnipim.bulk.format.TableRow;
import io.omnipim.bulk.imports.RejectedRows.Rejected;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobIssue;

/**
 * The second pass of a products file with association columns, as Akeneo does it: once every product of the file
 * exists, each imported row's associations are set. Rows rejected by the first pass are skipped (their product
 * does not exist); an association naming a product that exists nowhere is reported on its line and column.
 */
final class AssociationPass {

    static final String COUNT = "associations_rejected";

    private final JobContext job;
    private final TableReader reader;
    private final RowConverter converter;
    private final ImportBatch batch;
    private final ColumnLocator columns;
    private final int batchSize;
    private final Set<Long> rejectedLines;

    AssociationPass(JobContext job, TableReader reader, RowConverter converter, ImportBatch batch,
            ColumnLocator columns, int batchSize, Set<Long> rejectedLines) {
        this.job = job;
        this.reader = reader;
        this.converter = converter;
        this.batch = batch;
        this.columns = columns;
        this.batchSize = batchSize;
        this.rejectedLines = rejectedLines;
    }

    void execute() {
        JsonNode cursor = job.cursor();
        long resumeAfter = cursor != null && cursor.path("pass").asInt(1) == 2 ? cursor.path("line").asLong() : 0;
        job.initCounts(List.of(COUNT));
        List<TableRow> rows = new ArrayList<>(batchSize);
        List<TableRow> read = new ArrayList<>(batchSize);
        TableRow row;
        long lastLine = resumeAfter;
        while ((row = reader.next()) != null) {
            if (row.line() <= resumeAfter) {
                continue;
            }
            read.add(row);
            lastLine = row.line();
            if (!rejectedLines.contains(row.line())) {
                rows.add(row);
            }
            if (read.size() == batchSize) {
                flush(rows, read.size(), lastLine);
                rows.clear();
                read.clear();
                if (job.cancelRequested()) {
                    job.message("Cancelled while setting associations, after line " + lastLine + ": the products"
                            + " are imported, the associations of later lines are not.");
                    return;
                }
            }
        }
        if (!read.isEmpty()) {
            flush(rows, read.size(), lastLine);
        }
    }

    private void flush(List<TableRow> rows, int read, long lastLine) {
        List<PreparedRow> prepared = new ArrayList<>();
        List<TableRow> sources = new ArrayList<>();
        for (TableRow row : rows) {
            RowConverter.Converted converted = converter.convert(row.line(), row.cells());
            if (converted.body() == null || converted.key() == null) {
                continue; // reported by the first pass
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            copy(converted.body(), body, "associations");
            copy(converted.body(), body, "quantified_associations");
            prepared.add(new PreparedRow(row.line(), converted.key(), body));
            sources.add(row);
        }
        batch.write(prepared, outcomes -> {
            List<JobIssue> issues = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).kind() == RowOutcome.Kind.REJECTED) {
                    TableRow source = sources.get(i);
                    List<JobIssue> rowIssues = columns.issues(source.line(), prepared.get(i).key(), outcomes.get(i))
                            .stream().map(AssociationPass::explained).toList();
                    issues.addAll(rowIssues);
                    rejected.add(new Rejected(source.line(), source.cells(), ImportRun.reason(rowIssues)));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put(COUNT, (long) rejected.size());
            ObjectNode cursor = JsonNodeFactory.instance.objectNode().put("pass", 2).put("line", lastLine);
            return new ImportBatch.Checkpoint(job.done() + read, cursor, counts, issues, rejected);
        });
    }

    private static JobIssue explained(JobIssue i) {
        return new JobIssue(i.line(), i.column(), i.columnName(), i.property(), i.value(), i.identifier(),
                "The product was imported without its associations: " + i.message(), false);
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }
}
