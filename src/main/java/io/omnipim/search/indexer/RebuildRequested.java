package io.omnipim.search.indexer;

/**
 * A full rebuild is needed: the index is missing or its mapping old ({@code contentChanged} false: a rebuild
 * under way answers it), or a change only a rebuild reflects, such as a channel's locales ({@code contentChanged}
 * true: a rebuild under way may have read the catalog before it, so another one follows).
 */
public record RebuildRequested(String reason, boolean contentChanged) {
}
