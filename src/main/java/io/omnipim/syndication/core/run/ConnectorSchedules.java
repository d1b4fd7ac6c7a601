package io.omnipim.syndication.core.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.connector.ConnectorView;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps one Quartz cron trigger per scheduled connector, in Quartz's clustered JDBC store: the schedule survives
 * restarts and each firing runs on one node only. Every node compares the definitions with the triggers at start
 * and then every {@code pim.syndication.schedule-sync} (a changed or new schedule applies within that delay).
 */
@ApplicationScoped
public class ConnectorSchedules {

    static final String GROUP = "connectors";
    private static final Logger LOG = Logger.getLogger(ConnectorSchedules.class);

    private final Scheduler quartz;
    private final ConnectorService connectors;

    public ConnectorSchedules(Scheduler quartz, ConnectorService connectors) {
        this.quartz = quartz;
        this.connectors = connectors;
    }

    @Scheduled(every = "${pim.syndication.schedule-sync:30s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void sync() {
        try {
            Map<String, String> wanted = new HashMap<>();
            for (ConnectorView c : connectors.list()) {
                if (c.usable() && c.schedule() != null && !c.schedule().isBlank()) {
                    wanted.put(c.code(), c.schedule());
                }
            }
            Set<JobKey> existing = quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
            for (JobKey key : existing) {
                if (!wanted.containsKey(key.getName())) {
                    quartz.deleteJob(key);
                }
            }
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                schedule(e.getKey(), e.getValue());
            }
        } catch (SchedulerException | RuntimeException e) {
            LOG.warn("connector schedules not synchronised: " + e.getMessage());
        }
    }

    private void schedule(String code, String cron) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(code, GROUP);
        Trigger current = quartz.getTrigger(key);
        if (current instanceof CronTrigger ct && ct.getCronExpression().equals(cron)) {
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(code, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
        if (current == null) {
            quartz.addJob(JobBuilder.newJob(ScheduledRun.class).withIdentity(code, GROUP).storeDurably()
                    .withDescription("scheduled run of connector " + code).build(), true);
            quartz.scheduleJob(trigger);
        } else {
            quartz.rescheduleJob(key, trigger);
        }
        LOG.infof("connector %s scheduled: %s", code, cron);
    }
}
