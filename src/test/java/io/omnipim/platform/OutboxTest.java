package io.omnipim.platform;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

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
