package io.omnipim.syndication.core.run;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.StoredDocument;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.feed.FeedComposer;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.ReadAhead;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.state.RunStates;
import io.omnipim.syndication.core.state.SyndicationState;

/**
 * One product of a file-feed run, prepared on a mapping worker: its mapping, its item as the feed's bytes, and the
 * state line the run records for it once published (payload hash compared with what the channel got last). The
 * run's own thread then only copies bytes and counts: when it encoded, hashed and wrote the state lines itself, it
 * was the slowest stage of a full run, with the workers waiting for it.
 *
 * @param rendered the item encoded by the feed's writer, or null (invalid, or a writer that does not encode apart)
 * @param state the line for {@link StateJournal}
 * @param unchanged valid, and the same payload as the one the channel got last
 */
record RunItem(ItemMapper.Mapping mapping, byte[] rendered, byte[] state, boolean unchanged)
        implements
            FeedComposer.Prepared {

    /** Prepares the products of one run of one connector, started at {@code start}; safe on several threads. */
    record Preparer(ItemMapper mapper, FeedWriter writer, RunStates runStates, String connector,
            OffsetDateTime start) implements ReadAhead.Work<StoredDocument, SyndicationState, RunItem> {

        @Override
        public RunItem apply(StoredDocument stored, SyndicationState previous) {
            // made here, on the worker that maps it: see StoredDocument
            IndexDocument document = stored.document();
            ItemMapper.Mapping mapping = mapper.map(document);
            UUID uuid = stored.uuid();
            if (!mapping.valid()) {
                SyndicationState state = new SyndicationState(connector, uuid, document.identifier(), null, null,
                        null, SyndicationState.INVALID, mapping.issues());
                return new RunItem(mapping, null, runStates.row(state, null), false);
            }
            String hash = PayloadHash.of(mapping.item());
            boolean same = previous != null && SyndicationState.DELIVERED.equals(previous.status())
                    && hash.equals(previous.payloadHash());
            OffsetDateTime delivered = same ? previous.deliveredAt() : start;
            SyndicationState state = new SyndicationState(connector, uuid, document.identifier(), hash, null,
                    delivered, SyndicationState.DELIVERED, List.of());
            // an unchanged product keeps the payload stored last time: no need to carry it again
            byte[] line = runStates.row(state, same ? null : mapping.item().fields());
            return new RunItem(mapping, writer.render(mapping.item()), line, same);
        }

    }
}
