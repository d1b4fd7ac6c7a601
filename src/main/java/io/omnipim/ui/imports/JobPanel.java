package io.omnipim.ui.imports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.omnipim.platform.job.JobView;
import io.omnipim.ui.shell.Messages;

/**
 * An import as its page shows it: status, the progress bar with rate and time left, the counts, and the errors
 * placed by line and column.
 */
public record JobPanel(String id, String fileName, String type, String status, String statusLabel, boolean running,
        int percent, String rows, String rate, String eta, List<Count> counts, List<Problem> errors,
        List<Problem> warnings, long errorCount, boolean rejected, boolean dryRun, String message, String createdBy,
        String createdAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One of the job's counters (created, updated, rejected…). */
    public record Count(String name, String label, long value) {
    }

    /** An error or warning: where in the file, and what to do. */
    public record Problem(String line, String column, String identifier, String message) {
    }

    public static JobPanel of(JobView job, Messages msg) {
        boolean running = job.status().equals("queued") || job.status().equals("running");
        JobView.Progress p = job.progress();
        boolean done = job.status().equals("done");
        int percent = done ? 100 : p == null || p.percent() == null ? 0 : (int) Math.floor(p.percent());
        String total = p == null || p.total() == null ? "?" : Long.toString(p.total());
        List<Count> counts = new ArrayList<>();
        Map<String, Long> byName = job.counts() == null ? Map.of() : job.counts();
        for (String name : List.of("read", "created", "updated", "unchanged", "rejected", "warnings")) {
            if (byName.containsKey(name)) {
                counts.add(new Count(name, msg.job_count(name), byName.get(name)));
            }
        }
        String type = job.options() == null ? "" : job.options().path("type").asText("");
        boolean dryRun = job.options() != null && job.options().path("dry_run").asBoolean(false);
        return new JobPanel(job.id().toString(), job.label(), msg.import_type(type), job.status(),
                msg.job_status(job.status()), running, percent, msg.imp_rows(p == null ? 0 : p.done(), total),
                p == null || p.ratePerSecond() == null ? null : msg.imp_rate(String.format("%.0f", p.ratePerSecond())),
                running && p != null && p.etaSeconds() != null ? msg.imp_eta(p.etaSeconds()) : null, counts,
                problems(job.errors()), problems(job.warnings()), job.errorCount(),
                byName.getOrDefault("rejected", 0L) > 0, dryRun, job.message(), job.createdBy(),
                job.createdAt() == null ? "" : WHEN.format(job.createdAt()));
    }

    private static List<Problem> problems(List<JobView.Issue> issues) {
        if (issues == null) {
            return List.of();
        }
        return issues.stream().map(i -> new Problem(i.line() == null ? "" : Long.toString(i.line()),
                i.columnName() != null ? i.columnName() : i.column() == null ? "" : Integer.toString(i.column()),
                i.identifier(), i.message())).toList();
    }

    /** "5 created, 16 rejected": the counts that say what happened, for the list of imports. */
    public String summary() {
        return String.join(", ", counts.stream().filter(c -> c.value() > 0 && !c.name().equals("read"))
                .map(c -> c.value() + " " + c.label()).toList());
    }

    public String level() {
        return switch (status) {
            case "done" -> errorCount > 0 ? "mid" : "ok";
            case "failed", "cancelled", "interrupted" -> "low";
            default -> "info";
        };
    }

    public String barClass() {
        return status.equals("done") ? "done" : status.equals("failed") ? "failed" : "";
    }
}
