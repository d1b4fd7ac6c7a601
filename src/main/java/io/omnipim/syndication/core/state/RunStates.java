package io.omnipim.syndication.core.state;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Records what a published full run of a file feed left in the channel's copy, for a million products in seconds
 * rather than minutes: the run's states as COPY lines ({@link #row}), recorded batch by batch in one transaction
 * ({@link StateRecording}): a run that is not published, or fails, leaves the states as the previous run left
 * them.
 */
@ApplicationScoped
public class RunStates {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public RunStates(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Starts recording one run's states for the connector, on a connection of its own (see {@link StateRecording}):
     * the caller adds them in batches as the run goes, then commits once the feed is published, and closes.
     */
    public StateRecording begin(String connector) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            return new StateRecording(connector, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("syndication state not saved: " + e.getMessage(), e);
        }
    }

    /** One state as a line of the COPY that {@link StateRecording#add} runs (CSV, the connector left out). */
    public String row(SyndicationState s) {
        return row(s, s.payload());
    }

    /**
     * The same line with the payload given as the mapped fields themselves ({@code s.payload()} left null): a
     * full run writes them straight to JSON text rather than building a JSON tree for each product first.
     */
    public String row(SyndicationState s, Object payload) {
        try {
            StringBuilder out = new StringBuilder(512);
            out.append(s.productUuid()).append(',');
            cell(out, s.identifier()).append(',');
            cell(out, s.payloadHash()).append(',');
            cell(out, payload == null ? null : json.writeValueAsString(payload)).append(',');
            cell(out, s.deliveredAt() == null ? null : s.deliveredAt().toString()).append(',');
            cell(out, s.status()).append(',');
            String issues = s.issues().isEmpty() ? "[]" : json.writeValueAsString(s.issues());
            return cell(out, issues).append('\n').toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV: null as an unquoted empty cell, anything else quoted with its quotes doubled. */
    private static StringBuilder cell(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
            out.append(value, from, quote + 1).append('"');
            from = quote + 1;
        }
        return out.append(value, from, value.length()).append('"');
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one reported
            }
        }
    }
}
