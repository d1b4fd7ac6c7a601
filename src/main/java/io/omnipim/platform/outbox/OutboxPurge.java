package io.omnipim.platform.outbox;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes the events every consumer has passed, so the outbox stays small at millions of changes. */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final OutboxReader reader;

    public OutboxPurge(OutboxReader reader) {
        this.reader = reader;
    }

    @Scheduled(every = "${pim.outbox.purge-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void purge() {
        try {
            int purged = reader.purgeConsumed();
            if (purged > 0) {
                LOG.debugf("purged %d consumed outbox events", purged);
            }
        } catch (SQLException e) {
            LOG.warnf("outbox purge will retry: %s", e.getMessage());
        }
    }
}
