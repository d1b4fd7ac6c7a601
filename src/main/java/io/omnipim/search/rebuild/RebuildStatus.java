package io.omnipim.search.rebuild;

import java.time.Instant;

/**
 * Where the last rebuild on this node stands.
 *
 * @param state {@code idle} (none since start), {@code running}, {@code done} or {@code failed}
 * @param phase {@code loading} (bulk load from PostgreSQL), {@code replaying} (changes made meanwhile),
 *        {@code swapping} (alias moved), or null
 * @param total products and models to load; {@code loaded} so far; {@code replayed} outbox events replayed
 */
public record RebuildStatus(String state, String reason, String phase, String index, String previousIndex,
        Instant startedAt, Instant finishedAt, long total, long loaded, long replayed, String error) {

    public static RebuildStatus idle() {
        return new RebuildStatus("idle", null, null, null, null, null, null, 0, 0, 0, null);
    }

    public static RebuildStatus starting(String reason) {
        return new RebuildStatus("running", reason, "starting", null, null, Instant.now(), null, 0, 0, 0, null);
    }

    public boolean running() {
        return "running".equals(state);
    }

    RebuildStatus phase(String next) {
        return new RebuildStatus(state, reason, next, index, previousIndex, startedAt, finishedAt, total, loaded,
                replayed, error);
    }

    RebuildStatus indices(String newIndex, String previous, long toLoad) {
        return new RebuildStatus(state, reason, phase, newIndex, previous, startedAt, finishedAt, toLoad, loaded,
                replayed, error);
    }

    RebuildStatus progress(long moreLoaded, long moreReplayed) {
        return new RebuildStatus(state, reason, phase, index, previousIndex, startedAt, finishedAt, total,
                loaded + moreLoaded, replayed + moreReplayed, error);
    }

    RebuildStatus done() {
        return new RebuildStatus("done", reason, null, index, previousIndex, startedAt, Instant.now(), total, loaded,
                replayed, null);
    }

    RebuildStatus failed(String message) {
        return new RebuildStatus("failed", reason, phase, index, previousIndex, startedAt, Instant.now(), total,
                loaded, replayed, message);
    }
}
