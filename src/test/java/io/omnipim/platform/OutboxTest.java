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
