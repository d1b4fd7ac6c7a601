package io.omnipim.bulk.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which products a bulk edit changes: a list of identifiers, or a search (the product grid's: words, filters in
 * Akeneo's search format, locale and channel) resolved to its products when the job starts.
 *
 * @param identifiers the products chosen one by one (empty for a search)
 * @param search the search, null for a list
 */
public record BulkSelection(List<String> identifiers, Search search) {

    /** The most products a list may name; a larger selection is a search. */
    static final int MAX_IDENTIFIERS = 10_000;

    /** A search as {@code GET /api/rest/v1/search/products} takes it; only products are selected, never models. */
    public record Search(String q, String locale, String scope, String filters) {
    }

    public BulkSelection {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static BulkSelection of(List<String> identifiers) {
        return new BulkSelection(identifiers, null);
    }

    public static BulkSelection of(Search search) {
        return new BulkSelection(List.of(), search);
    }

    public boolean bySearch() {
        return search != null;
    }

    public static BulkSelection parse(JsonNode selection) {
        if (selection == null || !selection.isObject()
                || !(selection.path("identifiers").isArray() || selection.path("search").isObject())) {
            throw BulkEditAction.invalid("selection", "Say which products to change in \"selection\": either"
                    + " {\"identifiers\":[\"SKU-1\",…]} or {\"search\":{\"q\":…,\"search\":{…filters…}}}.");
        }
        if (selection.path("search").isObject()) {
            JsonNode s = selection.get("search");
            JsonNode filters = s.get("search");
            return of(new Search(text(s, "q"), text(s, "locale"), text(s, "scope"),
                    filters == null || filters.isNull()
                            ? null
                            : filters.isTextual()
                                    ? filters.asText()
                                    : filters.toString()));
        }
        LinkedHashSet<String> identifiers = new LinkedHashSet<>();
        selection.get("identifiers").forEach(i -> {
            if (!i.asText().isBlank()) {
                identifiers.add(i.asText());
            }
        });
        if (identifiers.isEmpty()) {
            throw BulkEditAction.invalid("selection.identifiers", "Select at least one product.");
        }
        if (identifiers.size() > MAX_IDENTIFIERS) {
            throw BulkEditAction.invalid("selection.identifiers", "A list may name at most " + MAX_IDENTIFIERS
                    + " products (" + identifiers.size() + " given): select them by a search instead.");
        }
        return of(new ArrayList<>(identifiers));
    }

    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (search == null) {
            identifiers.forEach(out.putArray("identifiers")::add);
        } else {
            out.putObject("search").put("q", search.q()).put("locale", search.locale()).put("scope", search.scope())
                    .put("search", search.filters());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
