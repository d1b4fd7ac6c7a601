package io.omnipim.platform.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A step whose transaction did not commit leaves nothing behind in memory: the next step (another writer's) must
 * store the counts, progress and issue numbers of what committed only.
 */
class JobContextTest {

    /** What the steps stored, as the database would have kept them had every one committed. */
    private final List<String> stored = new ArrayList<>();

    private final JobRepository repository = new JobRepository(null, null) {

        @Override
        public void commit(Connection c, UUID id, long done, JsonNode cursor, Map<String, Long> counts,
                long errorCount) {
            stored.add("done " + done + " counts " + counts + " errors " + errorCount);
        }

        @Override
        public void insertIssues(Connection c, UUID id, int firstSeq, List<JobIssue> issues) {
            stored.add("issues from " + firstSeq + ": " + issues.size());
        }
    };

    @Test
    void aStepRestoredAfterItsRollbackIsNotCountedByTheNextStep() throws Exception {
        JobContext job = new JobContext(record(), repository, 1000, 0);
        JsonNode cursor = JsonNodeFactory.instance.objectNode().put("line", 501);

        JobContext.Recorded before = job.recorded();
        job.commit(null, 500, cursor, Map.of("created", 499L, "rejected", 1L),
                List.of(JobIssue.error(17L, "prix « 12,5 € » : nombre attendu")));
        job.restore(before); // its transaction rolled back

        job.commit(null, 500, cursor, Map.of("created", 500L), List.of(JobIssue.error(3L, "Farbe unbekannt")));

        assertThat(job.done()).isEqualTo(500);
        assertThat(job.counts()).containsEntry("created", 500L).containsEntry("rejected", 0L);
        assertThat(stored.get(stored.size() - 2)).isEqualTo("issues from 0: 1");
        assertThat(stored.get(stored.size() - 1)).isEqualTo("done 500 counts {created=500, rejected=0} errors 1");
    }

    private static JobRecord record() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("created", 0L);
        counts.put("rejected", 0L);
        return new JobRecord(UUID.randomUUID(), "import", JobStatus.RUNNING, "products.csv",
                JsonNodeFactory.instance.objectNode(), null, null, null, null, null, false, null, 0, 0, null,
                counts, 0, null, null, null);
    }
}
