package io.omnipim.syndication.core.definition;

import java.util.Optional;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;

/** Schedules are Quartz cron expressions (seconds first), the syntax the clustered scheduler runs. */
public final class CronCheck {

    private static final CronParser QUARTZ = new CronParser(
            CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private CronCheck() {
    }

    /** Why the expression is not a Quartz cron, or empty when it is (or when there is none). */
    public static Optional<String> problem(String cron) {
        if (cron == null) {
            return Optional.empty();
        }
        try {
            QUARTZ.parse(cron).validate();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a Quartz cron expression (" + e.getMessage()
                    + "); e.g. \"0 0 3 * * ?\" runs every day at 03:00");
        }
    }
}
