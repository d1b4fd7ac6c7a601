package io.omnipim.syndication.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.RemoteCopy;
import io.omnipim.syndication.core.connector.ConnectorDefinitions;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * Compares, product by product, what a channel holds with what the connector would send now. A channel that can be
 * read back ({@link RemoteCopy}) is asked what it really holds, in small batches; any other is represented by the
 * payload last delivered to it (the syndication state). Streams the selection in pages; see {@link Drift}.
 */
@ApplicationScoped
public class ConsistencyCheck {

    private final ConnectorService connectors;
    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final ObjectMapper json;

    public ConsistencyCheck(ConnectorService connectors, CatalogSelection selection, CatalogReader reader,
            SyndicationStateRepository states, ObjectMapper json) {
        this.connectors = connectors;
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.json = json;
    }

    public ConsistencyReport check(String code) {
        ConnectorDefinitions.Checked checked = connectors.usable(code);
        ConnectorDefinition definition = checked.definition();
        ItemMapper mapper = new ItemMapper(reader.structure(), definition, checked.type());
        SelectedDocuments documents = new SelectedDocuments(selection, reader, states, definition, true, null);
        if (checked.type() instanceof RemoteCopy remote) {
            Optional<String> cannot = remote.cannotRead(definition);
            if (cannot.isEmpty()) {
                return againstChannel(definition, remote, mapper, documents);
            }
            return againstDelivered(definition, mapper, documents, "Not read back from the channel: "
                    + cannot.get() + " Compared with the payloads last delivered instead.");
        }
        return againstDelivered(definition, mapper, documents, null);
    }

    private ConsistencyReport againstDelivered(ConnectorDefinition definition, ItemMapper mapper,
            SelectedDocuments documents, String detail) {
        Drift drift = new Drift();
        Set<UUID> seen = new HashSet<>();
        while (documents.hasNext()) {
            IndexDocument doc = documents.next().document();
            UUID uuid = UUID.fromString(doc.id());
            seen.add(uuid);
            drift.checked();
            ItemMapper.Mapping mapping = mapper.map(doc);
            SyndicationState held = documents.previous(uuid);
            if (!mapping.valid()) {
                continue; // never sent: the run reports it as invalid
            }
            if (held == null || !SyndicationState.DELIVERED.equals(held.status())) {
                drift.missing(doc.identifier());
            } else if (!PayloadHash.of(mapping.item()).equals(held.payloadHash())) {
                drift.stale(doc.identifier(), Drift.fields(held.payload(),
                        json.valueToTree(mapping.item().fields()), null));
            } else {
                drift.consistent();
            }
        }
        forEachHeldElsewhere(definition.code(), seen, page -> page.forEach(s -> drift.unexpected(s.identifier())));
        return drift.report(definition.code(), ConsistencyReport.LAST_DELIVERED, detail);
    }

    private ConsistencyReport againstChannel(ConnectorDefinition definition, RemoteCopy remote, ItemMapper mapper,
            SelectedDocuments documents) {
        Drift drift = new Drift();
        Set<UUID> seen = new HashSet<>();
        Set<String> known = new HashSet<>(definition.targets());
        Map<String, JsonNode> batch = new LinkedHashMap<>();
        while (documents.hasNext()) {
            IndexDocument doc = documents.next().document();
            seen.add(UUID.fromString(doc.id()));
            drift.checked();
            ItemMapper.Mapping mapping = mapper.map(doc);
            if (mapping.valid()) {
                batch.put(doc.identifier(), json.valueToTree(remote.comparable(definition, mapping.item())));
            }
            if (batch.size() >= remote.readBatch() || !documents.hasNext()) {
                compare(definition, remote, batch, known, drift);
                batch.clear();
            }
        }
        forEachHeldElsewhere(definition.code(), seen, page -> {
            List<String> ids = page.stream().map(SyndicationState::identifier).toList();
            for (int from = 0; from < ids.size(); from += remote.readBatch()) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + remote.readBatch()));
                remote.read(definition, part).keySet().forEach(drift::unexpected);
            }
        });
        return drift.report(definition.code(), ConsistencyReport.CHANNEL, remote.remoteName(definition));
    }

    private void compare(ConnectorDefinition definition, RemoteCopy remote, Map<String, JsonNode> batch,
            Set<String> known, Drift drift) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> held = remote.read(definition, new ArrayList<>(batch.keySet()));
        batch.forEach((identifier, catalog) -> {
            Map<String, Object> there = held.get(identifier);
            if (there == null) {
                drift.missing(identifier);
                return;
            }
            List<ConsistencyReport.Field> fields = Drift.fields(json.valueToTree(there), catalog, known);
            if (fields.isEmpty()) {
                drift.consistent();
            } else {
                drift.stale(identifier, fields);
            }
        });
    }

    /** The products recorded as delivered that the selection no longer yields, a page at a time. */
    private void forEachHeldElsewhere(String code, Set<UUID> seen,
            java.util.function.Consumer<List<SyndicationState>> sink) {
        UUID after = null;
        List<SyndicationState> page;
        do {
            page = states.after(code, after, 1000);
            List<SyndicationState> elsewhere = page.stream()
                    .filter(s -> SyndicationState.DELIVERED.equals(s.status()) && !seen.contains(s.productUuid()))
                    .toList();
            if (!elsewhere.isEmpty()) {
                sink.accept(elsewhere);
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).productUuid();
        } while (page.size() == 1000);
    }
}
