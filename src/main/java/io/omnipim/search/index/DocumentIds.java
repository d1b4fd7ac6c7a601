package io.omnipim.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Walks the documents matching a query, in (type, id) order with {@code search_after}, a page at a time. */
@ApplicationScoped
public class DocumentIds {

    private static final int PAGE = 5000;

    private final SearchCluster cluster;

    public DocumentIds(SearchCluster cluster) {
        this.cluster = cluster;
    }

    /** A document's type, catalog id and fingerprint. */
    public record Ref(String type, String id, String fingerprint) {
    }

    /** Calls {@code page} with each page of documents of {@code index} that match {@code query}. */
    public void scan(String index, JsonNode query, Consumer<List<Ref>> page) {
        JsonNode after = null;
        while (true) {
            ObjectNode body = cluster.json().createObjectNode();
            body.put("size", PAGE).put("track_total_hits", false).set("query", query);
            body.putArray("_source").add("type").add("id").add("fingerprint");
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put("type", "asc");
            sort.addObject().put("id", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.call("POST", "/" + index + "/_search", body).orFail("scanning " + index).body()
                    .path("hits").path("hits");
            List<Ref> refs = new ArrayList<>(hits.size());
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                refs.add(new Ref(source.path("type").asText(), source.path("id").asText(),
                        source.path("fingerprint").asText(null)));
                after = hit.path("sort");
            }
            if (!refs.isEmpty()) {
                page.accept(refs);
            }
            if (hits.size() < PAGE) {
                return;
            }
        }
    }

    /** Every matching document, in memory (for sets known to be moderate). */
    public List<Ref> all(String index, JsonNode query) {
        List<Ref> out = new ArrayList<>();
        scan(index, query, out::addAll);
        return out;
    }
}
