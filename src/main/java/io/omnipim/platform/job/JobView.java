package io.omnipim.platform.job;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A job as the API and the UI show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(UUID id, String type, String status, String label, JsonNode options, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, Double durationSeconds,
        Progress progress, Map<String, Long> counts, long errorCount, List<Issue> errors, List<Issue> warnings,
        String message, JsonNode result) {

    /** Rows (or items) done out of the total, the rate since the last start, and the time left at that rate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(long done, Long total, Double percent, Double ratePerSecond, Long etaSeconds) {
    }

    /** An error or warning, placed by line and column (imports) or identifier. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(Long line, Integer column, String columnName, String property, String value,
            String identifier, String message) {

        static Issue of(JobIssue i) {
            return new Issue(i.line(), i.column(), i.columnName(), i.property(), i.value(), i.identifier(),
                    i.message());
        }
    }

    static JobView of(JobRecord r, List<JobIssue> issues, OffsetDateTime now) {
        List<Issue> errors = issues == null
                ? null
                : issues.stream().filter(i -> !i.warning()).map(Issue::of).toList();
        List<Issue> warnings = issues == null
                ? null
                : issues.stream().filter(JobIssue::warning).map(Issue::of).toList();
        return new JobView(r.id(), r.type(), r.status().code(), r.label(), r.options(), r.createdBy().display(),
                r.createdAt(),
                r.startedAt(), r.finishedAt(), duration(r, now), progress(r, now), r.counts(), r.errorCount(),
                errors, warnings, r.message(), r.result());
    }

    private static Double duration(JobRecord r, OffsetDateTime now) {
        if (r.startedAt() == null) {
            return null;
        }
        OffsetDateTime end = r.finishedAt() == null ? now : r.finishedAt();
        return Duration.between(r.startedAt(), end).toMillis() / 1000.0;
    }

    private static Progress progress(JobRecord r, OffsetDateTime now) {
        Double percent = r.total() == null || r.total() == 0
                ? null
                : Math.min(100.0, Math.round(1000.0 * r.done() / r.total()) / 10.0);
        Double rate = null;
        Long eta = null;
        if (r.rateFromAt() != null) {
            OffsetDateTime end = r.finishedAt() == null ? now : r.finishedAt();
            double seconds = Duration.between(r.rateFromAt(), end).toMillis() / 1000.0;
            long done = r.done() - r.rateFromDone();
            if (seconds > 0.5 && done > 0) {
                rate = Math.round(10.0 * done / seconds) / 10.0;
                if (r.total() != null && r.status() == JobStatus.RUNNING) {
                    eta = Math.max(0, Math.round((r.total() - r.done()) / rate));
                }
            }
        }
        return new Progress(r.done(), r.total(), percent, rate, eta);
    }
}
