package io.omnipim.platform.job;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.security.Author;

/** One row of the job table. */
public record JobRecord(UUID id, String type, JobStatus status, String label, ObjectNode options, Author createdBy,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String node,
        boolean cancelRequested, Long total, long done, long rateFromDone, OffsetDateTime rateFromAt,
        Map<String, Long> counts, long errorCount, JsonNode cursor, String message, JsonNode result) {
}
