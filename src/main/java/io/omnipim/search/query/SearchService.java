package io.omnipim.search.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.platform.errors.PimException;
import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.DocumentSource;
import io.omnipim.search.index.SearchCluster;

/** Full-text and faceted search over the index: builds one Elasticsearch request and reads its answer. */
@ApplicationScoped
public class SearchService {

    static final int TRACK_TOTAL = 10_000;
    /** The facet search's count of every match with every selection: the page's total. */
    private static final String TOTAL = "_total";

    private final SearchCluster cluster;
    private final CatalogIndex index;
    private final CatalogReader reader;
    private final ObjectMapper json;

    public SearchService(SearchCluster cluster, CatalogIndex index, CatalogReader reader, ObjectMapper json) {
        this.cluster = cluster;
        this.index = index;
        this.reader = reader;
        this.json = json;
    }

    public SearchPage search(SearchRequest request) {
        ReadStructure structure = reader.structure();
        checkContext(request, structure);
        FilterContext ctx = new FilterContext(structure, request.locale(), request.scope(), reader);
        List<String> facets = facets(request.facets());
        Facets.check(facets, structure);
        Map<String, List<JsonNode>> selections = new LinkedHashMap<>();
        List<JsonNode> filters = new ArrayList<>();
        for (Condition c : Condition.parse(request.search(), json)) {
            JsonNode query = translate(c, ctx);
            if (facets.contains(c.field())) {
                selections.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(query);
            } else {
                filters.add(query);
            }
        }
        boolean relevance = request.q() != null && !request.q().isBlank();
        ObjectNode body = json.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.set("must",
                relevance ? TextQuery.of(request.q(), ctx.localesOrAll(), ctx.textareaFields()) : QueryDsl.matchAll());
        bool.putArray("filter").addAll(filters);
        List<JsonNode> selected = new ArrayList<>();
        selections.values().forEach(selected::addAll);
        if (!selected.isEmpty()) {
            body.set("post_filter", QueryDsl.and(selected));
        }
        ObjectNode facetSearch = null;
        if (!facets.isEmpty()) {
            // Counted by a search of their own, sent with the page's in one _msearch: counts need every match but
            // no score, while the page then needs the scores of the best matches only (Elasticsearch skips the
            // matches that cannot reach the page); together, a third less work on a word that matches a tenth
            // of a million products.
            // It counts the total too (every selection applied): the page then need not count its matches, which
            // was a third of its time; and a count, unlike a page, is kept in Elasticsearch's request cache.
            facetSearch = json.createObjectNode();
            facetSearch.set("query", body.get("query"));
            facetSearch.put("size", 0).put("track_total_hits", false);
            ObjectNode aggregations = Facets.aggregations(facets, selections, ctx);
            aggregations.putObject(TOTAL).set("filter",
                    selected.isEmpty() ? QueryDsl.matchAll() : QueryDsl.and(selected));
            facetSearch.set("aggs", aggregations);
        }
        int limit = Math.max(1, Math.min(request.limit(), SearchRequest.MAX_LIMIT));
        body.put("size", limit);
        if (facetSearch == null) {
            body.put("track_total_hits", TRACK_TOTAL);
        } else {
            body.put("track_total_hits", false);
        }
        body.set("sort", SortOrder.of(request.sort(), relevance, ctx));
        body.putArray("_source").add("type").add("id").add("identifier").add("family").add("enabled")
                .add("display").add("completeness");
        if (request.searchAfter() != null && !request.searchAfter().isBlank()) {
            body.set("search_after", decode(request.searchAfter()));
        }
        if (facetSearch == null) {
            JsonNode answer = answer(cluster.call("POST", "/" + index.alias() + "/_search", body), request);
            JsonNode total = answer.path("hits").path("total");
            return page(answer, answer.path("aggregations"), facets, ctx, request, limit,
                    total.path("value").asLong(), !"gte".equals(total.path("relation").asText()));
        }
        List<SearchCluster.Reply> replies = cluster.multiSearch(index.alias(), List.of(body, facetSearch));
        JsonNode counts = answer(replies.get(1), request).path("aggregations");
        long total = counts.path(TOTAL).path("doc_count").asLong();
        return page(answer(replies.get(0), request), counts, facets, ctx, request, limit,
                Math.min(total, TRACK_TOTAL), total <= TRACK_TOTAL);
    }

    private static JsonNode answer(SearchCluster.Reply reply, SearchRequest request) {
        if (reply.status() == 404) {
            throw new PimException(503, "The search index is being built: try again in a moment.");
        }
        if (reply.status() == 400) {
            throw Condition.invalid(request.searchAfter() != null ? "search_after" : "search",
                    "Elasticsearch refused the search: " + reply.reason());
        }
        return reply.orFail("search").body();
    }

    private SearchPage page(JsonNode answer, JsonNode aggregations, List<String> facets, FilterContext ctx,
            SearchRequest request, int limit, long count, boolean exact) {
        String labelLocale = ctx.localeOrDefault();
        List<String> words = request.q() == null ? List.of() : TextQuery.words(request.q());
        List<SearchItem> items = new ArrayList<>();
        JsonNode hits = answer.path("hits").path("hits");
        for (JsonNode hit : hits) {
            items.add(item(hit, ctx, labelLocale, request.q(), words));
        }
        String next = hits.size() == limit && limit > 0 ? encode(hits.get(hits.size() - 1).path("sort")) : null;
        return new SearchPage(items, Facets.read(aggregations, facets, ctx, labelLocale), count,
                exact ? Long.toString(count) : count + "+", next);
    }

    private static SearchItem item(JsonNode hit, FilterContext ctx, String labelLocale, String q,
            List<String> words) {
        JsonNode source = hit.path("_source");
        boolean product = "product".equals(source.path("type").asText());
        String identifier = source.path("identifier").asText(null);
        String label = source.path("display").path("labels").path(labelLocale).asText(null);
        JsonNode ratio = source.path("completeness").path(DocumentSource.completenessKey(ctx.scopeOrDefault(),
                labelLocale));
        Integer completeness = ratio.isNumber() ? ratio.asInt() : null;
        JsonNode score = hit.path("_score");
        return new SearchItem(source.path("type").asText(), product ? source.path("id").asText() : null,
                product ? null : source.path("id").asText(), identifier, label,
                source.path("display").path("image").asText(null), source.path("family").asText(null),
                source.path("enabled").asBoolean(), completeness, score.isNumber() ? score.asDouble() : null,
                Highlights.of(label, identifier, q, words));
    }

    private static JsonNode translate(Condition c, FilterContext ctx) {
        if (PropertyFilters.FIELDS.contains(c.field())) {
            return PropertyFilters.query(c, ctx);
        }
        ReadStructure.AttributeInfo attribute = ctx.structure().attributes().get(c.field());
        if (attribute == null) {
            throw Condition.invalid(c.field(), "Filter on property \"" + c.field()
                    + "\" is not supported or does not support operator \"" + c.operator() + "\".");
        }
        return AttributeFilters.query(c, attribute, ctx);
    }

    private static void checkContext(SearchRequest request, ReadStructure structure) {
        if (request.locale() != null && !structure.enabledLocales().contains(request.locale())) {
            throw Condition.invalid("locale", "The locale \"" + request.locale() + "\" does not exist or is not"
                    + " activated.");
        }
        if (request.scope() != null && !structure.channels().containsKey(request.scope())) {
            throw Condition.invalid("scope", "The channel \"" + request.scope() + "\" does not exist.");
        }
    }

    private static List<String> facets(String facets) {
        if (facets == null || facets.isBlank()) {
            return List.of();
        }
        return Arrays.stream(facets.split(",")).map(String::trim).filter(f -> !f.isEmpty()).distinct().toList();
    }

    private String encode(JsonNode sortValues) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.writeValueAsBytes(sortValues));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode decode(String token) {
        try {
            JsonNode values = json.readTree(new String(Base64.getUrlDecoder().decode(token),
                    StandardCharsets.UTF_8));
            if (!values.isArray()) {
                throw new IllegalArgumentException("not an array");
            }
            return values;
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw Condition.invalid("search_after", "The search_after cursor is not one this API returned.");
        }
    }
}
