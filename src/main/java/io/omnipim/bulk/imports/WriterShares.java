package io.omnipim.bulk.imports;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.flat.FlatText;
import io.omnipim.bulk.format.TableRow;

/**
 * How an import's rows are shared between its writers (one connection and transaction each): by a hash of the
 * row's key, compared case-insensitively as identifiers are, so every row of one product goes to the same writer
 * in file order and a later row still wins. Each share has its own resume point: the cursor keeps, per share, the
 * last line whose batch committed ({@code lines}), and {@code line}, the first of them, for readers of the old
 * cursor. A cursor without {@code lines} (an import started before) resumes every share after {@code line}.
 *
 * <p>
 * A resumed import keeps the shares of its cursor whatever the configured number of writers (a row's share depends
 * on their number); a new one has one share per writer, at least {@link #MIN_SHARES}.
 */
final class WriterShares {

    /** Shares of a new cursor written by one writer (it moves them all at once). */
    static final int MIN_SHARES = 2;

    private final int writers;
    private final int keyColumn;
    private final long[] committed;

    /** @param writers 1 (one writer takes every share in one transaction) or more (one writer per share) */
    WriterShares(int writers, int keyColumn, JsonNode cursor) {
        this.keyColumn = keyColumn;
        long line = cursor == null ? 0 : cursor.path("line").asLong();
        JsonNode lines = cursor == null ? null : cursor.get("lines");
        boolean perShare = lines != null && lines.isArray() && !lines.isEmpty();
        this.committed = new long[perShare ? lines.size() : Math.max(writers, MIN_SHARES)];
        for (int i = 0; i < committed.length; i++) {
            committed[i] = perShare ? lines.get(i).asLong() : line;
        }
        this.writers = writers <= 1 ? 1 : committed.length;
    }

    int writers() {
        return writers;
    }

    int count() {
        return committed.length;
    }

    /** The share of a row: rows without a key cell go by their line. */
    int shareOf(TableRow row) {
        String key = key(row);
        int hash = key.isEmpty() ? Long.hashCode(row.line()) : key.toLowerCase(Locale.ROOT).hashCode();
        return Math.floorMod(hash ^ (hash >>> 16), committed.length);
    }

    /**
     * The row's key as the import reads it ("" without one): an exported {@code '-123} is the identifier
     * {@code -123}, so both go to the same writer, and the later row wins as with any repeated identifier.
     */
    String key(TableRow row) {
        return keyColumn >= 0 && keyColumn < row.cells().size()
                ? FlatText.key(row.cells().get(keyColumn))
                : "";
    }

    /** Whether the row was imported by a batch that committed before this run. */
    synchronized boolean committed(TableRow row) {
        return row.line() <= committed[shareOf(row)];
    }

    /**
     * The cursor to store with a batch of {@code share} (-1: every share) ending at {@code lastLine}: the other
     * shares where their last committed batches ended. Nothing is remembered until {@link #markCommitted}:
     * a batch whose transaction fails must not move its share in the cursor another share's batch commits next.
     */
    synchronized ObjectNode cursorAfter(int share, long lastLine) {
        long[] lines = committed.clone();
        moved(lines, share, lastLine);
        // line: where a resume starts for every share (rows up to it are all committed)
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("pass", 1)
                .put("line", Arrays.stream(lines).min().orElse(0));
        Arrays.stream(lines).forEach(out.putArray("lines")::add);
        return out;
    }

    /** The batch of {@code share} (-1: every share) ending at {@code lastLine} committed. */
    synchronized void markCommitted(int share, long lastLine) {
        moved(committed, share, lastLine);
    }

    private static void moved(long[] lines, int share, long lastLine) {
        for (int i = 0; i < lines.length; i++) {
            if (share < 0 || share == i) {
                lines[i] = Math.max(lines[i], lastLine);
            }
        }
    }
}
