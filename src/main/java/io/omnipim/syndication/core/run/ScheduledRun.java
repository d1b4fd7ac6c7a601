package io.omnipim.syndication.core.run;

import jakarta.enterprise.context.Dependent;

import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;

/**
 * What a connector's cron trigger does: queue a full run (it repairs any drift of the channel's copy). The run is
 * an ordinary job: it shows in the connector's runs, and skips itself if another run is still going.
 */
@Dependent
@DisallowConcurrentExecution
public class ScheduledRun implements Job {

    private static final Logger LOG = Logger.getLogger(ScheduledRun.class);

    private final ConnectorRuns runs;

    public ScheduledRun(ConnectorRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String code = context.getJobDetail().getKey().getName();
        try {
            runs.start(code, RunOptions.of(code, "full", false, "schedule"), Author.SYSTEM);
        } catch (PimException e) {
            LOG.warnf("scheduled run of connector %s not started: %s", code, e.getMessage());
        }
    }
}
