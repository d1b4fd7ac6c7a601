package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.format.TableReader;
import io.omnipim.bulk.format.TableRow;
import io.omnipim.bulk.imports.RejectedRows.Rejected;
import io.omnipim.platform.job.JobContext;
import io.omnipim.platform.job.JobIssue;

/**
 * One execution of an import: reads the rows after the last committed one, converts them, writes them batch by
 * batch and records each batch (counts, issues, rejected rows, where to resume) with its own commit.
 */
final class ImportRun {

    static final List<String> COUNTS = List.of("read", "created", "updated", "unchanged", "rejected", "warnings");

    private final JobContext job;
    private final TableReader reader;
    private final int headerSize;
    private final RowConverter converter;
    private final ImportBatch batch;
    private final ColumnLocator columns;
    private final int batchSize;
    private final String keyName;
    /** One per share: every row of a key goes to the same share, in file order (see {@link WriterShares}). */
    private DuplicateKeys[] seen;
    private final boolean withoutAssociations;
    private final boolean readAhead;
    private final int writers;
    private WriterShares shares;

    /**
     * @param withoutAssociations leave associations out of the bodies: a second pass sets them once every product
     *            of the file exists (a row may name a product further down)
     * @param readAhead read the next batch on another thread while one is written (false when converting a row
     *            stores its media files)
     * @param writers 2 or more to write each batch as shares of its rows (by key) on as many connections at once,
     *            each share its own transaction of up to {@code batchSize} rows (see {@link WriterShares}); 1 for one
     */
    ImportRun(JobContext job, TableReader reader, RowConverter converter, ImportBatch batch, ColumnLocator columns,
            int batchSize, String keyName, boolean withoutAssociations, boolean readAhead, int writers) {
        this.job = job;
        this.reader = reader;
        this.headerSize = reader.header().size();
        this.converter = converter;
        this.batch = batch;
        this.columns = columns;
        this.batchSize = batchSize;
        this.keyName = keyName;
        this.withoutAssociations = withoutAssociations;
        this.readAhead = readAhead;
        this.writers = writers;
    }

    /** Imports the rows after the cursor; false when it stopped on a cancel. */
    boolean execute() {
        shares = new WriterShares(writers, columns.keyColumn(), job.cursor());
        seen = new DuplicateKeys[shares.count()];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new DuplicateKeys();
        }
        job.initCounts(COUNTS);
        try (ReadAhead<Batch> batches = ReadAhead.start(this::nextBatch, "import-read-" + job.id(), readAhead);
                WriterLanes lanes = new WriterLanes("import-write-" + job.id(), shares.writers())) {
            Batch batch;
            while ((batch = batches.next()) != null) {
                long lastLine = batch.lastLine();
                for (Part part : batch.parts()) {
                    lanes.submit(Math.max(part.share(), 0), () -> write(prepare(part), lastLine));
                }
                if (batch.full() && job.cancelRequested()) {
                    lanes.finish();
                    job.message("Cancelled after line " + lastLine + ": the rows up to that line are"
                            + " imported, the rest of the file was not read.");
                    return false;
                }
            }
            lanes.finish();
        }
        return true;
    }

    /** The next rows after the cursor, in parts for the writers; null at the end of the file. */
    private Batch nextBatch() {
        int size = batchSize * shares.writers();
        List<TableRow> rows = new ArrayList<>(size);
        TableRow row;
        while (rows.size() < size && (row = reader.next()) != null) {
            if (shares.committed(row)) {
                remember(row);
            } else {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? null : split(rows, size);
    }

    /** The batch as one part (one writer), or one part per share, each in file order. */
    private Batch split(List<TableRow> rows, int size) {
        long lastLine = rows.get(rows.size() - 1).line();
        if (shares.writers() == 1) {
            return new Batch(List.of(new Part(-1, rows)), rows.size() == size, lastLine);
        }
        List<List<TableRow>> byShare = new ArrayList<>();
        for (int i = 0; i < shares.count(); i++) {
            byShare.add(new ArrayList<>());
        }
        rows.forEach(r -> byShare.get(shares.shareOf(r)).add(r));
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < shares.count(); i++) {
            if (!byShare.get(i).isEmpty()) {
                parts.add(new Part(i, byShare.get(i)));
            }
        }
        return new Batch(parts, rows.size() == size, lastLine);
    }

    /** On resume, the keys of rows imported before still count for duplicate warnings. */
    private void remember(TableRow row) {
        String key = shares.key(row);
        if (!key.isEmpty()) {
            seen[shares.writers() == 1 ? 0 : shares.shareOf(row)].put(key, row.line());
        }
    }

    /** The rows read for one step, in parts written at once; {@code lastLine} ends the step in the file. */
    private record Batch(List<Part> parts, boolean full, long lastLine) {
    }

    /** A share of a batch as read (share -1: the whole batch). */
    private record Part(int share, List<TableRow> rows) {
    }

    /**
     * A part converted, ready to write: what {@link #write} needs, nothing touching the database. Converting is done
     * by the part's writer just before it writes, not when the rows are read ahead: the converted rows (a tree of
     * nodes per value, ten times the size of the row's text) then live for one write instead of three batches,
     * which the collector copied from young to old generation and marked again (a quarter of the server's CPU).
     */
    private record Prepared(int share, List<TableRow> rows, List<PreparedRow> prepared, List<TableRow> sources,
            List<JobIssue> issues, List<Rejected> rejected, long warnings) {
    }

    private Prepared prepare(Part part) {
        List<TableRow> rows = part.rows();
        int share = part.share();
        DuplicateKeys keys = seen[Math.max(share, 0)];
        List<PreparedRow> prepared = new ArrayList<>(rows.size());
        List<TableRow> sources = new ArrayList<>(rows.size());
        List<JobIssue> issues = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        long warnings = 0;
        for (TableRow row : rows) {
            RowConverter.Converted converted = convert(row);
            if (!converted.issues().isEmpty()) {
                reject(row, converted.issues(), issues, rejected);
                continue;
            }
            long before = keys.put(converted.key(), row.line());
            if (before != 0) {
                warnings++;
                issues.add(JobIssue.warning(row.line(), converted.key(), keyName + " \"" + converted.key()
                        + "\" is also on line " + before + "; line " + row.line() + " comes later and wins."));
            }
            ObjectNode body = converted.body();
            if (withoutAssociations) {
                body.remove("associations");
                body.remove("quantified_associations");
            }
            prepared.add(new PreparedRow(row.line(), converted.key(), body, converted.values()));
            sources.add(row);
        }
        return new Prepared(share, rows, prepared, sources, issues, rejected, warnings);
    }

    private void write(Prepared b, long lastLine) {
        List<TableRow> rows = b.rows();
        List<PreparedRow> prepared = b.prepared();
        List<TableRow> sources = b.sources();
        List<JobIssue> issues = b.issues();
        List<Rejected> rejected = b.rejected();
        long warnings = b.warnings();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("read", (long) rows.size());
        counts.put("warnings", warnings);
        // the report may be built more than once (a batch retried after a deadlock): it works on copies
        batch.write(prepared, outcomes -> {
            List<JobIssue> batchIssues = new ArrayList<>(issues);
            List<Rejected> batchRejected = new ArrayList<>(rejected);
            Map<String, Long> batchCounts = new LinkedHashMap<>(counts);
            for (int i = 0; i < outcomes.size(); i++) {
                RowOutcome outcome = outcomes.get(i);
                if (outcome.kind() == RowOutcome.Kind.REJECTED) {
                    reject(sources.get(i), columns.issues(sources.get(i).line(), prepared.get(i).key(), outcome),
                            batchIssues, batchRejected);
                } else {
                    batchCounts.merge(outcome.kind().name().toLowerCase(), 1L, Long::sum);
                }
            }
            batchCounts.put("rejected", (long) batchRejected.size());
            batchIssues.sort(java.util.Comparator.comparing(JobIssue::line,
                    java.util.Comparator.nullsFirst(Long::compare)));
            return new ImportBatch.Checkpoint(job.done() + rows.size(), shares.cursorAfter(b.share(), lastLine),
                    batchCounts, batchIssues, batchRejected, () -> shares.markCommitted(b.share(), lastLine));
        });
    }

    private RowConverter.Converted convert(TableRow row) {
        if (row.cells().size() != headerSize) {
            return new RowConverter.Converted(null, null, List.of(JobIssue.error(row.line(), "The row has "
                    + row.cells().size() + " cells but the header has " + headerSize + ": look for a missing or extra"
                    + " delimiter, or a text containing the delimiter without quotes.")));
        }
        return converter.convert(row.line(), row.cells());
    }

    private static void reject(TableRow row, List<JobIssue> rowIssues, List<JobIssue> issues,
            List<Rejected> rejected) {
        issues.addAll(rowIssues);
        rejected.add(new Rejected(row.line(), row.cells(), reason(rowIssues)));
    }

    /** One line for the error column of the rejected-rows file: "price-EUR: …; family: …". */
    static String reason(List<JobIssue> issues) {
        StringBuilder out = new StringBuilder();
        for (JobIssue i : issues) {
            if (out.length() > 0) {
                out.append("; ");
            }
            if (i.columnName() != null) {
                out.append(i.columnName()).append(": ");
            }
            out.append(i.message());
        }
        return out.toString();
    }
}
