package io.omnipim.ui.connectors;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.omnipim.platform.job.JobView;
import io.omnipim.ui.shell.Messages;

/**
 * A connector run as its page shows it: mode, status, progress, the counts (selected, sent, unchanged, invalid,
 * removed), how long it took, and the products it left out, each linked to the field to fix.
 */
public record RunPanel(String id, String connector, String mode, boolean dryRun, String status, String statusLabel,
        boolean running, int percent, String duration, List<Count> counts, List<ProductError> errors,
        long errorCount, String message, String createdBy, String createdAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> COUNTS = List.of("selected", "sent", "unchanged", "invalid", "removed");

    /** One of the run's counters. */
    public record Count(String name, String label, long value) {
    }

    /** A product the channel would reject: which one, at which channel field, why, and where to fix it. */
    public record ProductError(String identifier, String field, String message, String link) {
    }

    static RunPanel of(JobView job, FieldLinks links, Messages msg) {
        boolean running = job.status().equals("queued") || job.status().equals("running");
        JobView.Progress p = job.progress();
        int percent = job.status().equals("done")
                ? 100
                : p == null || p.percent() == null ? 0 : (int) Math.floor(p.percent());
        Map<String, Long> byName = job.counts() == null ? Map.of() : job.counts();
        List<Count> counts = new ArrayList<>();
        for (String name : COUNTS) {
            if (byName.containsKey(name)) {
                counts.add(new Count(name, msg.run_count(name), byName.get(name)));
            }
        }
        List<ProductError> errors = job.errors() == null
                ? List.of()
                : job.errors().stream().map(i -> new ProductError(i.identifier(), i.property(), i.message(),
                        i.identifier() == null ? null : links.product(i.identifier(), i.property()))).toList();
        String mode = job.options() == null ? "full" : job.options().path("mode").asText("full");
        boolean dryRun = job.options() != null && job.options().path("dry_run").asBoolean(false);
        return new RunPanel(job.id().toString(), job.options() == null ? "" : job.options().path("connector").asText(),
                mode, dryRun, job.status(), msg.job_status(job.status()), running, percent,
                job.durationSeconds() == null ? "" : msg.run_duration(String.format("%.1f", job.durationSeconds())),
                counts, errors, job.errorCount(), job.message(), job.createdBy(),
                job.createdAt() == null ? "" : WHEN.format(job.createdAt()));
    }

    /** "120 sent, 3 invalid": what the run did, for the list of runs. */
    public String summary() {
        return String.join(", ", counts.stream().filter(c -> c.value() > 0 && !c.name().equals("selected"))
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
