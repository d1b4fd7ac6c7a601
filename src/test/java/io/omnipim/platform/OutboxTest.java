package io.omnipim.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.omnipim.platform.outbox.Outbox;
import io.omnipim.platform.outbox.OutboxReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxReader reader;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void consumerSeesCommittedEventsInOrderOnceAndNotRolledBackOnes() throws Exception {
        String consumer = "test-" + System.nanoTime();
        reader.next(consumer, 1);
        drain(consumer);
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test", "a", 1, Map.of("n", 1)));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.record("test", "rolled-back", 1, Map.of());
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the event of a failed change must not exist
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test", "b", 2, Map.of("n", 2)));
        List<OutboxReader.StoredEvent> events = mine(reader.next(consumer, 1000));
        Assertions.assertEquals(List.of("a", "b"), events.stream().map(OutboxReader.StoredEvent::aggregateId).toList());
        reader.acknowledge(consumer, reader.next(consumer, 1000).get(reader.next(consumer, 1000).size() - 1));
        Assertions.assertTrue(mine(reader.next(consumer, 1000)).isEmpty(), "acknowledged events are not seen again");
    }

    /**
     * Two transactions writing at once: the one that started first commits its event last, with the larger id. A
     * consumer that handled both is caught up although the newest id is not where its cursor stands.
     */
    @Test
    void aConsumerThatHandledEverythingHasNoLagWhateverTheIdsOrder() throws Exception {
        String consumer = "lag-" + System.nanoTime();
        reader.next(consumer, 1);
        drain(consumer);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            first.createStatement().execute("SELECT pg_current_xact_id()"); // the older transaction id
            insertEvent(second, "written-first");
            second.commit();
            insertEvent(first, "written-last");
            first.commit();
        }
        Assertions.assertTrue(reader.pending(consumer) > 0, "two events wait");
        drain(consumer);
        Assertions.assertEquals(0, reader.pending(consumer), "every event handled");
    }

    /** A consumer with nothing to do skips what it could read, never an event still being written. */
    @Test
    void skippingMovesPastCommittedEventsButNotPastOneStillBeingWritten() throws Exception {
        String consumer = "skip-" + System.nanoTime();
        reader.next(consumer, 1);
        drain(consumer);
        QuarkusTransaction.requiringNew().run(() -> outbox.record("test", "skipped", 1, Map.of()));
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertEvent(open, "committed-after-the-skip");
            reader.skipAll(consumer);
            open.commit();
        }
        Assertions.assertEquals(List.of("committed-after-the-skip"), mine(reader.next(consumer, 1000)).stream()
                .map(OutboxReader.StoredEvent::aggregateId).toList());
    }

    /**
     * An import batch's new products are one row: a consumer reads them as events, in order and whole even past its
     * limit, and acknowledging them passes the row; the lag counts the events, not the row.
     */
    @Test
    void aBatchRowReadsAsItsEventsWholeAndCountsAsThemInTheLag() throws Exception {
        String consumer = "batch-" + System.nanoTime();
        reader.next(consumer, 1);
        drain(consumer);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                outbox.recordBatch(c, "test", "created", List.of(
                        new Outbox.BatchItem("sac-a-dos", 1, Map.of("identifier", "Sac à dos \"randonnée\"")),
                        new Outbox.BatchItem("groesse", 1, Map.of("identifier", "Größe;42")),
                        new Outbox.BatchItem("umbrella", 1, Map.of("identifier", "Umbrella €"))));
                outbox.recordAll(c, List.of(new Outbox.OutboxEvent("test", "after-the-batch", 2, Map.of())));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Assertions.assertTrue(reader.pending(consumer) >= 4, "three created and one more wait, not two rows");

        List<OutboxReader.StoredEvent> first = reader.next(consumer, 1);
        while (!first.isEmpty() && mine(first).isEmpty()) { // another test's change came in between
            reader.acknowledge(consumer, first.get(first.size() - 1));
            first = reader.next(consumer, 1);
        }
        Assertions.assertEquals(List.of("sac-a-dos", "groesse", "umbrella"), mine(first).stream()
                .map(OutboxReader.StoredEvent::aggregateId).toList(),
                "the batch comes whole, in order, past the limit of 1");
        OutboxReader.StoredEvent umlaut = mine(first).get(1);
        Assertions.assertEquals(1, umlaut.version());
        Assertions.assertEquals(Map.of("identifier", "Größe;42", "action", "created"),
                new com.fasterxml.jackson.databind.ObjectMapper().readValue(umlaut.changeJson(), Map.class));
        Assertions.assertEquals("Sac à dos \"randonnée\"", new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(mine(first).get(0).changeJson()).path("identifier").asText());

        reader.acknowledge(consumer, first.get(first.size() - 1));
        Assertions.assertEquals(List.of("after-the-batch"), mine(reader.next(consumer, 1000)).stream()
                .map(OutboxReader.StoredEvent::aggregateId).toList(),
                "acknowledged with its last event, the batch"
                        + " is not read again");
    }

    private static void insertEvent(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (aggregate_type, aggregate_id, version,"
                + " change) VALUES ('test', ?, 1, '{}')")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private void drain(String consumer) throws Exception {
        List<OutboxReader.StoredEvent> pending = reader.next(consumer, 100_000);
        if (!pending.isEmpty()) {
            reader.acknowledge(consumer, pending.get(pending.size() - 1));
        }
    }

    private static List<OutboxReader.StoredEvent> mine(List<OutboxReader.StoredEvent> events) {
        return events.stream().filter(e -> "test".equals(e.aggregateType())).toList();
    }
}
