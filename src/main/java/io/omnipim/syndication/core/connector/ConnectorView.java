package io.omnipim.syndication.core.connector;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A connector as the API shows it: its settings, where it comes from, whether it can run now and, if not, why
 * (each problem with its file, line and field).
 *
 * @param definition the definition as JSON (the YAML as written is served with {@code Accept: application/yaml})
 */
public record ConnectorView(String code, String label, String type, String channel, String locale, String currency,
        String schedule, boolean onChange, String origin, long version, OffsetDateTime updatedAt, String updatedBy,
        boolean usable, List<String> problems, JsonNode definition) {

    static ConnectorView of(StoredConnector stored, ConnectorDefinitions.Checked checked) {
        var d = checked.definition();
        return new ConnectorView(stored.code(), d.label(), d.type(), d.channel(), d.locale(), d.currency(),
                d.schedule(), d.onChange(), stored.origin(), stored.version(), stored.updatedAt(), stored.updatedBy(),
                checked.usable(), checked.problems().stream().map(p -> p.text()).toList(), checked.located().root());
    }

    /** A stored definition that no longer reads (its channel type was removed…): listed, never run. */
    static ConnectorView unreadable(StoredConnector stored, List<String> problems) {
        return new ConnectorView(stored.code(), stored.code(), stored.type(), null, null, null, null, false,
                stored.origin(), stored.version(), stored.updatedAt(), stored.updatedBy(), false, problems, null);
    }
}
