package io.omnipim.platform.launch;

import java.util.logging.Handler;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.JsonFormatter;

import io.quarkus.runtime.StartupEvent;

/**
 * Switches console logs to one JSON object per line ({@code PIM_LOG_JSON=true}) for log collectors. The
 * formatter is JBoss LogManager's own, so the MDC (request id) is a field of each record.
 */
@ApplicationScoped
public class JsonLogging {

    private final boolean enabled;

    public JsonLogging(@ConfigProperty(name = "pim.log.json", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (enabled) {
            JsonFormatter formatter = new JsonFormatter();
            formatter.setPrintDetails(false);
            apply(Logger.getLogger("").getHandlers(), formatter);
        }
    }

    private static void apply(Handler[] handlers, JsonFormatter formatter) {
        for (Handler handler : handlers) {
            if (handler instanceof org.jboss.logmanager.handlers.ConsoleHandler) {
                handler.setFormatter(formatter);
            }
            if (handler instanceof ExtHandler ext) {
                apply(ext.getHandlers(), formatter);
            }
        }
    }
}
