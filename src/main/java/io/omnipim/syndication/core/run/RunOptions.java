package io.omnipim.syndication.core.run;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * A run of a connector: {@code full} (every selected product) or {@code delta} (what changed since the last
 * delivery is counted as sent, the rest unchanged; a file feed is still written whole), and whether it publishes.
 */
public record RunOptions(String connector, String mode, boolean dryRun, String trigger) {

    public static RunOptions of(String connector, String mode, boolean dryRun, String trigger) {
        String m = mode == null || mode.isBlank() ? "full" : mode.trim();
        if (!List.of("full", "delta").contains(m)) {
            throw PimException.unprocessable("The run cannot start.", List.of(FieldError.of("mode",
                    "\"" + mode + "\" is not a mode; use full or delta.")));
        }
        return new RunOptions(connector, m, dryRun, trigger == null ? "api" : trigger);
    }

    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("connector", connector).put("mode", mode)
                .put("dry_run", dryRun).put("trigger", trigger);
    }

    public static RunOptions of(JsonNode json) {
        return new RunOptions(json.path("connector").asText(), json.path("mode").asText("full"),
                json.path("dry_run").asBoolean(false), json.path("trigger").asText("api"));
    }
}
