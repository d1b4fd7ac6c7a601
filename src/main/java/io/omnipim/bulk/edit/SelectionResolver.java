package io.omnipim.bulk.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobFailure;
import io.omnipim.search.index.SearchUnavailable;
import io.omnipim.search.query.SearchItem;
import io.omnipim.search.query.SearchPage;
import io.omnipim.search.query.SearchRequest;
import io.omnipim.search.query.SearchService;

/**
 * Turns a selection into the list of product identifiers the job works on. A search is run page by page on the
 * search index, exactly as the grid runs it, restricted to products (models are not changed by bulk edits).
 */
@ApplicationScoped
public class SelectionResolver {

    private final SearchService search;
    private final ObjectMapper json;

    public SelectionResolver(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    public List<String> identifiers(BulkSelection selection) {
        if (!selection.bySearch()) {
            return selection.identifiers();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String after = null;
        do {
            SearchPage page = page(selection.search(), SearchRequest.MAX_LIMIT, after);
            for (SearchItem item : page.items()) {
                if (item.identifier() != null) {
                    out.add(item.identifier());
                }
            }
            after = page.searchAfter();
        } while (after != null);
        return new ArrayList<>(out);
    }

    /** How many products the search finds now (a 422 names a wrong filter before anything is queued). */
    public long count(BulkSelection.Search s) {
        return page(s, 1, null).total();
    }

    private SearchPage page(BulkSelection.Search s, int limit, String after) {
        try {
            return search.search(new SearchRequest(s.q(), s.locale(), s.scope(), productsOnly(s.filters()), null,
                    "identifier:asc", limit, after));
        } catch (SearchUnavailable e) {
            throw new JobFailure("The search index cannot be reached, so the products of this search are not"
                    + " known: start the bulk edit again when search works (see /q/health/ready).");
        } catch (PimException e) {
            if (e.status() == 503) {
                throw new JobFailure("The search index is being rebuilt: start the bulk edit again in a moment.");
            }
            throw e;
        }
    }

    private String productsOnly(String filters) {
        try {
            ObjectNode search = filters == null ? json.createObjectNode() : (ObjectNode) json.readTree(filters);
            search.putArray("type").addObject().put("operator", "IN").putArray("value").add("product");
            return search.toString();
        } catch (ClassCastException | java.io.IOException e) {
            throw BulkEditAction.invalid("selection.search.search", "The search filters must be a JSON object"
                    + " in Akeneo's format, e.g. {\"family\":[{\"operator\":\"IN\",\"value\":[\"shoes\"]}]}.");
        }
    }
}
