package io.omnipim.syndication.core.run;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.StoredDocument;
import io.omnipim.catalog.read.ValueSubset;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.MappedValues;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * The products a connector selects, read in keyset pages with the state of each page loaded alongside, so the
 * run compares each product's new payload with what was delivered last without a query per product.
 */
final class SelectedDocuments implements Iterator<StoredDocument> {

    private static final int PAGE = 500;

    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final ConnectorDefinition definition;
    private Iterator<StoredDocument> page = List.<StoredDocument>of().iterator();
    private Map<UUID, SyndicationState> pageStates = Map.of();
    private UUID after;
    private boolean exhausted;
    private volatile boolean stopped;

    private final boolean withPayloads;
    private final ValueSubset subset;

    /**
     * Runs compare hashes only; the consistency report needs what was delivered ({@code withPayloads}). With a
     * {@code subset}, the documents hold only those values (see {@link MappedValues}): enough to map them, in one
     * query per page and a fraction of the parsing; without, they are read whole.
     */
    SelectedDocuments(CatalogSelection selection, CatalogReader reader, SyndicationStateRepository states,
            ConnectorDefinition definition, boolean withPayloads, ValueSubset subset) {
        this.withPayloads = withPayloads;
        this.subset = subset;
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.definition = definition;
    }

    /** Ends the iteration after the current page (a cancelled run). */
    void stop() {
        stopped = true;
    }

    SyndicationState previous(UUID product) {
        return pageStates.get(product);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !exhausted && !stopped) {
            List<StoredDocument> documents;
            List<UUID> uuids;
            if (subset != null) {
                documents = selection.storedAfter(definition.selectionJson(), subset, after, PAGE);
                uuids = documents.stream().map(StoredDocument::uuid).toList();
            } else {
                uuids = selection.productsAfter(definition.selectionJson(), definition.locale(),
                        definition.channel(), after, PAGE);
                documents = null;
            }
            if (uuids.isEmpty()) {
                exhausted = true;
                break;
            }
            after = uuids.get(uuids.size() - 1);
            pageStates = withPayloads
                    ? states.byProducts(definition.code(), uuids)
                    : states.summaries(definition.code(), uuids);
            page = (documents != null
                    ? documents
                    : reader.documentsWithoutCompleteness(uuids).stream().map(StoredDocument::of).toList())
                    .iterator();
        }
        return page.hasNext();
    }

    @Override
    public StoredDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
