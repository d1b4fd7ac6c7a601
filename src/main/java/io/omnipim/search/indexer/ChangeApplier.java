package io.omnipim.search.indexer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.platform.outbox.OutboxReader.StoredEvent;
import io.omnipim.search.SearchConfig;
import io.omnipim.search.index.DocumentIds;
import io.omnipim.search.index.DocumentWriter;

/**
 * Turns a batch of outbox events into index writes. Events only say what changed: documents are always read
 * afresh from the catalog, so replaying an event is harmless, and the catalog version carried by each write
 * makes Elasticsearch refuse anything older than what it holds.
 * <ul>
 * <li>product: the product is re-indexed, or deleted (action {@code deleted}) at the event's version;
 * <li>product_model: the model is re-indexed and, when it changed (not when it was created), everything that
 * inherits from it (sub-models, variants) too;
 * <li>structure: documents whose derived content changed are found in the index and re-indexed: a family
 * (label and image attribute, completeness), a category (moved: its ancestors), an option (labels are searchable
 * words). A channel change (locales) asks for a full rebuild. Attribute changes are not followed: what they can
 * change (completeness) shows in the fingerprint, and the nightly consistency check repairs it.
 * </ul>
 * Family and channel changes wait, up to {@code pim.search.completeness-wait}, until the catalog has recomputed
 * completeness, so the documents re-indexed carry the new ratios.
 */
@ApplicationScoped
public class ChangeApplier {

    private final CatalogReader reader;
    private final DocumentWriter writer;
    private final DocumentIds ids;
    private final SearchConfig config;
    private final Event<RebuildRequested> rebuilds;
    private final ObjectMapper json;

    public ChangeApplier(CatalogReader reader, DocumentWriter writer, DocumentIds ids, SearchConfig config,
            Event<RebuildRequested> rebuilds, ObjectMapper json) {
        this.reader = reader;
        this.writer = writer;
        this.ids = ids;
        this.config = config;
        this.rebuilds = rebuilds;
        this.json = json;
    }

    /**
     * Applies the events, in order, to {@code target}: the alias for the live indexer ({@code live}), a new index
     * for a rebuild replay. Returns how many leading events were handled: fewer than given when a structure change
     * still waits for completeness.
     */
    public int apply(List<StoredEvent> events, String target, boolean live) {
        Prepared prepared = prepare(events, target, live);
        write(prepared);
        return prepared.handled();
    }

    /**
     * A batch of events turned into what to write, with the first chunk of product documents already read from
     * the catalog: the live indexer prepares the next batch while Elasticsearch takes the current one.
     *
     * @param handled how many leading events this covers (see {@link #apply})
     * @param laterProducts products to read and write after {@code firstDocuments}
     */
    public record Prepared(String target, boolean live, List<StoredEvent> events, int handled,
            List<IndexDocument> firstDocuments, DocumentWriter.Bulk firstBulk, List<String> laterProducts,
            List<String> models, List<DocumentWriter.Deletion> deletions, ReadStructure structure) {

        /** Whether every event given was handled (no structure change left waiting). */
        public boolean complete() {
            return handled == events.size();
        }

        public StoredEvent lastHandled() {
            return events.get(handled - 1);
        }
    }

    /**
     * Reads what the events ask to re-index (only the first chunk of documents, already encoded as a bulk body);
     * writes nothing.
     */
    public Prepared prepare(List<StoredEvent> events, String target, boolean live) {
        int handled = settled(events);
        Set<String> products = new LinkedHashSet<>();
        Set<String> models = new LinkedHashSet<>();
        Set<String> changedModels = new LinkedHashSet<>();
        Map<String, DocumentWriter.Deletion> deletions = new LinkedHashMap<>();
        for (StoredEvent e : events.subList(0, handled)) {
            JsonNode change = read(e.changeJson());
            boolean deleted = "deleted".equals(change.path("action").asText());
            if (IndexDocument.PRODUCT.equals(e.aggregateType())) {
                track(e.aggregateId(), e.aggregateId(), deleted, e.version(), products, deletions);
            } else if (IndexDocument.PRODUCT_MODEL.equals(e.aggregateType())) {
                track(e.aggregateId(), DocumentWriter.documentId(IndexDocument.PRODUCT_MODEL, e.aggregateId()),
                        deleted, e.version(), models, deletions);
                if (!deleted && !"created".equals(change.path("action").asText())) {
                    changedModels.add(e.aggregateId());
                }
            } else if ("structure".equals(e.aggregateType())) {
                structure(change, target, live, products, models);
            }
        }
        // A model just created has no descendant older than itself: whatever lives under it now was created
        // later and has its own event further on, so only changed models pass their change down (at the end of a
        // bulk load this spares re-indexing every variant twice).
        for (String model : changedModels.stream().filter(models::contains).toList()) {
            CatalogReader.Descendants below = reader.descendants(model);
            models.addAll(below.models());
            below.products().forEach(uuid -> products.add(uuid.toString()));
        }
        ReadStructure structure = reader.structure();
        List<String> all = List.copyOf(products);
        int first = Math.min(all.size(), config.batchSize());
        List<IndexDocument> firstDocuments = reader.documents(all.subList(0, first).stream().map(UUID::fromString)
                .toList());
        return new Prepared(target, live, events, handled, firstDocuments,
                writer.encode(target, firstDocuments, List.of(), structure), all.subList(first, all.size()),
                List.copyOf(models), List.copyOf(deletions.values()), structure);
    }

    /** Writes a prepared batch: its documents, the rest of its products and models read now, its deletions. */
    public DocumentWriter.Outcome write(Prepared p) {
        DocumentWriter.Outcome outcome = writer.send(p.firstBulk(), p.live());
        return outcome.plus(write(p.target(), p.live(), new LinkedHashSet<>(p.laterProducts()),
                new LinkedHashSet<>(p.models()), p.deletions()));
    }

    /** Re-indexes these documents from the catalog (consistency repair). */
    public DocumentWriter.Outcome reindex(String target, Set<String> products, Set<String> models) {
        return write(target, true, products, models, List.of());
    }

    private static void track(String id, String documentId, boolean deleted, long version, Set<String> toIndex,
            Map<String, DocumentWriter.Deletion> deletions) {
        if (deleted) {
            toIndex.remove(id);
            deletions.put(documentId, new DocumentWriter.Deletion(documentId, version));
        } else {
            toIndex.add(id);
            deletions.remove(documentId);
        }
    }

    private void structure(JsonNode change, String target, boolean live, Set<String> products, Set<String> models) {
        String kind = change.path("kind").asText();
        String code = change.path("code").asText();
        JsonNode query;
        switch (kind) {
            case "family" :
                query = term("family", code);
                break;
            case "category" :
                query = term("categories_tree", code);
                break;
            case "attribute_option" :
                query = AffectedQueries.option(json, change.path("attribute").asText(), code);
                break;
            case "channel" :
                if (live) {
                    rebuilds.fire(new RebuildRequested("channel " + code + " changed", true));
                }
                return;
            default :
                return;
        }
        for (DocumentIds.Ref ref : ids.all(target, query)) {
            (IndexDocument.PRODUCT_MODEL.equals(ref.type()) ? models : products).add(ref.id());
        }
    }

    private DocumentWriter.Outcome write(String target, boolean live, Set<String> products, Set<String> models,
            List<DocumentWriter.Deletion> deletions) {
        ReadStructure structure = reader.structure();
        DocumentWriter.Outcome outcome = DocumentWriter.NOTHING;
        for (List<String> chunk : chunks(products)) {
            List<IndexDocument> docs = reader.documents(chunk.stream().map(UUID::fromString).toList());
            outcome = outcome.plus(writer.write(target, live, docs, List.of(), structure));
        }
        for (List<String> chunk : chunks(models)) {
            outcome = outcome.plus(writer.write(target, live, reader.modelDocuments(chunk), List.of(), structure));
        }
        return outcome.plus(writer.write(target, live, List.of(), deletions, structure));
    }

    /** The leading events that can be handled now (see the class comment on completeness). */
    private int settled(List<StoredEvent> events) {
        OffsetDateTime patience = OffsetDateTime.now().minus(config.completenessWait());
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            if ("structure".equals(e.aggregateType()) && e.createdAt().isAfter(patience)
                    && (e.aggregateId().startsWith("family:") || e.aggregateId().startsWith("channel:"))
                    && !reader.completenessSettled(e.xid(), e.id())) {
                return i;
            }
        }
        return events.size();
    }

    private List<List<String>> chunks(Set<String> ids) {
        List<List<String>> out = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += config.batchSize()) {
            out.add(all.subList(from, Math.min(all.size(), from + config.batchSize())));
        }
        return out;
    }

    private JsonNode term(String field, String value) {
        return json.createObjectNode().set("term", json.createObjectNode().put(field, value));
    }

    private JsonNode read(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
