package io.omnipim.search.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.search.SearchConfig;

/**
 * The versioned indices {@code <alias>_v<n>} and the alias searches read. A rebuild creates the next index, loads
 * it, then moves the alias in one atomic {@code _aliases} request, so searches never see a missing or half-built
 * index.
 */
@ApplicationScoped
public class CatalogIndex {

    private final SearchCluster cluster;
    private final SearchConfig config;

    public CatalogIndex(SearchCluster cluster, SearchConfig config) {
        this.cluster = cluster;
        this.config = config;
    }

    /** Whether the alias exists and points at an index of the current mapping. */
    public enum State {
        MISSING, OUTDATED, READY
    }

    public String alias() {
        return config.index();
    }

    public State state() {
        Optional<String> target = target();
        if (target.isEmpty()) {
            return State.MISSING;
        }
        return mappingVersion(target.get()) == IndexMapping.VERSION ? State.READY : State.OUTDATED;
    }

    /** The index behind the alias, if the alias exists. */
    public Optional<String> target() {
        SearchCluster.Reply reply = cluster.call("GET", "/_alias/" + alias(), null);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        Iterator<String> names = reply.orFail("reading the alias").body().fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    public int mappingVersion(String index) {
        JsonNode body = cluster.call("GET", "/" + index + "/_mapping", null).orFail("reading the mapping").body();
        return body.path(index).path("mappings").path("_meta").path("mapping_version").asInt(0);
    }

    /** Every {@code <alias>_v<n>} index. */
    public List<String> versionedIndices() {
        JsonNode rows = cluster.call("GET", "/_cat/indices/" + alias() + "_v*", null,
                Map.of("format", "json", "h", "index")).orFail("listing indices").body();
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.path("index").asText()));
        return out;
    }

    /** Creates {@code <alias>_v<n+1>}, ready for a bulk load (no refresh, no replica). */
    public String createNext() {
        int next = 1;
        for (String name : versionedIndices()) {
            try {
                next = Math.max(next, Integer.parseInt(name.substring(alias().length() + 2)) + 1);
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        String name = alias() + "_v" + next;
        cluster.call("PUT", "/" + name, IndexMapping.body(cluster.json(), config.shards()))
                .orFail("creating index " + name);
        return name;
    }

    /**
     * After a bulk load: add the replicas, make everything visible, and go back to Elasticsearch's default refresh
     * (every second, but not while nobody searches: a catch-up with no searches then writes fewer, larger segments,
     * and the first search after a quiet spell waits for the refresh, so it still sees every write).
     */
    public void openForSearch(String index) {
        ObjectNode settings = cluster.json().createObjectNode();
        settings.putObject("index").putNull("refresh_interval").put("number_of_replicas", config.replicas());
        cluster.call("PUT", "/" + index + "/_settings", settings).orFail("settings of " + index);
        refresh(index);
    }

    /** Points the alias at {@code index} alone, atomically; an index accidentally named like the alias goes. */
    public void swap(String index) {
        ObjectNode body = cluster.json().createObjectNode();
        ArrayNode actions = body.putArray("actions");
        Optional<String> current = target();
        if (current.isEmpty() && cluster.call("HEAD", "/" + alias(), null).status() == 200) {
            actions.addObject().putObject("remove_index").put("index", alias());
        }
        current.ifPresent(old -> actions.addObject().putObject("remove").put("index", old).put("alias", alias()));
        actions.addObject().putObject("add").put("index", index).put("alias", alias());
        cluster.call("POST", "/_aliases", body).orFail("moving the alias to " + index);
    }

    public void delete(String index) {
        SearchCluster.Reply reply = cluster.call("DELETE", "/" + index, null);
        if (reply.status() != 404) {
            reply.orFail("deleting " + index);
        }
    }

    /** Makes recent writes visible to searches now (tests, end of a rebuild). */
    public void refresh(String indexOrAlias) {
        cluster.call("POST", "/" + indexOrAlias + "/_refresh", null).orFail("refresh of " + indexOrAlias);
    }
}
