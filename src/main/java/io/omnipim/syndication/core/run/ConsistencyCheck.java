package io.omnipim.syndication.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.connector.ConnectorDefinitions;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.mapping.ItemMapper;
import io.omnipim.syndication.core.state.SyndicationState;
import io.omnipim.syndication.core.state.SyndicationStateRepository;

/**
 * Compares, product by product, the payload last delivered to a channel (the syndication state) with what the
 * connector would send now. Streams both sides in pages; lists the first differences of each kind, the products
 * whose price, sale price, availability or stock differ first, because those are what a customer notices.
 */
@ApplicationScoped
public class ConsistencyCheck {

    private static final int LIST = 200;
    private static final List<String> OFFER_HINTS = List.of("price", "availab", "stock", "quantity");

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
        ItemMapper mapper = new ItemMapper(reader.structure(), checked.definition(), checked.type());
        SelectedDocuments documents = new SelectedDocuments(selection, reader, states, checked.definition());
        Set<UUID> seen = new HashSet<>();
        List<ConsistencyReport.Difference> stale = new ArrayList<>();
        List<ConsistencyReport.Difference> missing = new ArrayList<>();
        long[] counts = new long[4]; // checked, stale, missing, consistent
        while (documents.hasNext()) {
            IndexDocument doc = documents.next();
            UUID uuid = UUID.fromString(doc.id());
            seen.add(uuid);
            counts[0]++;
            ItemMapper.Mapping mapping = mapper.map(doc);
            SyndicationState held = documents.previous(uuid);
            boolean delivered = held != null && SyndicationState.DELIVERED.equals(held.status());
            if (!mapping.valid()) {
                continue; // never sent: the run reports it as invalid
            }
            if (!delivered) {
                counts[2]++;
                add(missing, new ConsistencyReport.Difference(doc.identifier(), null));
            } else if (!PayloadHash.of(mapping.item()).equals(held.payloadHash())) {
                counts[1]++;
                add(stale, new ConsistencyReport.Difference(doc.identifier(), fields(held.payload(),
                        json.valueToTree(mapping.item().fields()))));
            } else {
                counts[3]++;
            }
        }
        List<ConsistencyReport.Difference> unexpected = new ArrayList<>();
        long unexpectedCount = unexpected(code, seen, unexpected);
        stale.sort(Comparator.comparing((ConsistencyReport.Difference d) -> !touchesOffer(d))
                .thenComparing(ConsistencyReport.Difference::identifier));
        return new ConsistencyReport(code, counts[0], counts[3], counts[1], counts[2], unexpectedCount, stale,
                missing, unexpected);
    }

    private long unexpected(String code, Set<UUID> seen, List<ConsistencyReport.Difference> out) {
        long count = 0;
        UUID after = null;
        List<SyndicationState> page;
        do {
            page = states.after(code, after, 1000);
            for (SyndicationState s : page) {
                if (SyndicationState.DELIVERED.equals(s.status()) && !seen.contains(s.productUuid())) {
                    count++;
                    add(out, new ConsistencyReport.Difference(s.identifier(), null));
                }
                after = s.productUuid();
            }
        } while (page.size() == 1000);
        return count;
    }

    private static List<ConsistencyReport.Field> fields(JsonNode held, JsonNode now) {
        Map<String, ConsistencyReport.Field> out = new LinkedHashMap<>();
        Set<String> names = new java.util.LinkedHashSet<>();
        if (held != null) {
            held.fieldNames().forEachRemaining(names::add);
        }
        now.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode a = held == null ? null : held.get(name);
            JsonNode b = now.get(name);
            if (!Objects.equals(a, b)) {
                out.put(name, new ConsistencyReport.Field(name, a, b));
            }
        }
        List<ConsistencyReport.Field> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing((ConsistencyReport.Field f) -> !isOffer(f.field())));
        return list;
    }

    private static boolean touchesOffer(ConsistencyReport.Difference d) {
        return d.fields() != null && d.fields().stream().anyMatch(f -> isOffer(f.field()));
    }

    private static boolean isOffer(String field) {
        return OFFER_HINTS.stream().anyMatch(field::contains);
    }

    private static void add(List<ConsistencyReport.Difference> list, ConsistencyReport.Difference d) {
        if (list.size() < LIST) {
            list.add(d);
        }
    }
}
