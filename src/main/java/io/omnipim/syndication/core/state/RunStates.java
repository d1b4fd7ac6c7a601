package io.omnipim.syndication.core.state;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

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
    /**
     * One line buffer per thread (a run's mapping workers), emptied for each state: a new one grew by copying two
     * or three times per product, its payload being a few kilobytes.
     */
    private final ThreadLocal<CopyLine> lines;

    public RunStates(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
        this.lines = ThreadLocal.withInitial(() -> new CopyLine(json));
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

    /**
     * One state as a line (UTF-8) of the COPY that {@link StateRecording#add} runs (CSV, the connector left out),
     * with the payload given as the mapped fields themselves ({@code s.payload()} left null): a full run writes them
     * straight to JSON rather than building a JSON tree for each product first.
     */
    public byte[] row(SyndicationState s, Object payload) {
        CopyLine line = lines.get();
        line.reset();
        line.write(ascii(s.productUuid().toString()), 0, 36);
        line.comma().text(s.identifier()).comma().text(s.payloadHash()).comma().json(payload).comma()
                .text(s.deliveredAt() == null ? null : s.deliveredAt().toString()).comma().text(s.status()).comma();
        if (s.issues().isEmpty()) {
            line.text("[]");
        } else {
            line.json(s.issues());
        }
        line.write('\n');
        byte[] bytes = line.toByteArray();
        if (line.capacity() > 1 << 16) {
            lines.remove(); // an outsized payload: its buffer is not kept for the thread's next state
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
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
