package io.omnipim.syndication.core.push;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * What a pushed channel must receive: the selected products mapped and compared with the hash last acknowledged
 * (a full run sends every valid product, a delta only the changed ones), and deletes for the products the channel
 * holds that are no longer selected (disabled, deleted, left the selection). Works page by page, so memory does not
 * grow with the catalog.
 */
public final class ChangePlanner {

    private static final int PAGE = 500;
    private static final int MAX_ISSUES = 1000;

    private final CatalogSelection selection;
    private final CatalogReader reader;
    private final SyndicationStateRepository states;
    private final ConnectorDefinition definition;
    private final ItemMapper mapper;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<ItemIssue> issues = new ArrayList<>();

    public ChangePlanner(CatalogSelection selection, CatalogReader reader, SyndicationStateRepository states,
            ConnectorDefinition definition, PushedType type) {
        this.selection = selection;
        this.reader = reader;
        this.states = states;
        this.definition = definition;
        this.mapper = new ItemMapper(reader.structure(), definition, type);
        List.of("selected", "sent", "unchanged", "invalid", "removed").forEach(c -> counts.put(c, 0L));
    }

    /** selected, sent, unchanged, invalid, removed so far. */
    public Map<String, Long> counts() {
        return counts;
    }

    /** The products that could not be sent (identifier, field, message), the first thousand. */
    public List<ItemIssue> issues() {
        return issues;
    }

    /** Every selected product, then the removals, handed to {@code sink} one page at a time. */
    public void planAll(boolean full, Consumer<List<ItemChange>> sink) {
        UUID after = null;
        while (true) {
            List<UUID> page = selection.productsAfter(definition.selectionJson(), definition.locale(),
                    definition.channel(), after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            emit(compare(page, Set.copyOf(page), full), sink);
        }
        UUID stateAfter = null;
        while (true) {
            List<SyndicationState> page = states.after(definition.code(), stateAfter, PAGE);
            if (page.isEmpty()) {
                break;
            }
            stateAfter = page.get(page.size() - 1).productUuid();
            List<SyndicationState> held = page.stream()
                    .filter(s -> SyndicationState.DELIVERED.equals(s.status())).toList();
            Set<UUID> still = selection.matching(definition.selectionJson(), definition.locale(),
                    definition.channel(), held.stream().map(SyndicationState::productUuid).toList());
            emit(held.stream().filter(s -> !still.contains(s.productUuid()))
                    .map(s -> ItemChange.delete(s.productUuid(), s.identifier())).toList(), sink);
        }
    }

    /**
     * A delta that looks only at these products (the ones that changed since the last complete delivery, deleted
     * ones included), page by page: what differs from the channel's copy, and removals.
     */
    public void planAmong(Collection<UUID> candidates, Consumer<List<ItemChange>> sink) {
        List<UUID> all = List.copyOf(candidates);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<UUID> page = all.subList(from, Math.min(all.size(), from + PAGE));
            Set<UUID> selected = selection.matching(definition.selectionJson(), definition.locale(),
                    definition.channel(), page);
            emit(compare(page, selected, false), sink);
        }
    }

    /** The changes of these products only (on-change delivery): what differs from the channel's copy. */
    public List<ItemChange> planFor(Collection<UUID> products) {
        Set<UUID> selected = selection.matching(definition.selectionJson(), definition.locale(),
                definition.channel(), products);
        return compare(List.copyOf(products), selected, false);
    }

    private List<ItemChange> compare(List<UUID> products, Set<UUID> selected, boolean full) {
        Map<UUID, SyndicationState> previous = states.summaries(definition.code(), products);
        Map<UUID, IndexDocument> documents = new HashMap<>();
        if (!selected.isEmpty()) {
            reader.documentsWithoutCompleteness(List.copyOf(selected))
                    .forEach(d -> documents.put(UUID.fromString(d.id()), d));
        }
        List<ItemChange> changes = new ArrayList<>();
        for (UUID product : products) {
            SyndicationState before = previous.get(product);
            boolean held = before != null && SyndicationState.DELIVERED.equals(before.status());
            IndexDocument document = documents.get(product);
            if (document == null) {
                if (held) {
                    changes.add(ItemChange.delete(product, before.identifier()));
                }
                continue;
            }
            counts.merge("selected", 1L, Long::sum);
            ItemMapper.Mapping mapping = mapper.map(document);
            if (!mapping.valid()) {
                counts.merge("invalid", 1L, Long::sum);
                mapping.issues().stream().limit(Math.max(0, MAX_ISSUES - issues.size())).forEach(issues::add);
                continue;
            }
            String hash = PayloadHash.of(mapping.item());
            if (!full && held && hash.equals(before.payloadHash())) {
                counts.merge("unchanged", 1L, Long::sum);
                continue;
            }
            changes.add(ItemChange.upsert(product, mapping.item(), hash));
        }
        return changes;
    }

    private void emit(List<ItemChange> changes, Consumer<List<ItemChange>> sink) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(c -> counts.merge(c.isDelete() ? "removed" : "sent", 1L, Long::sum));
        sink.accept(changes);
    }
}
