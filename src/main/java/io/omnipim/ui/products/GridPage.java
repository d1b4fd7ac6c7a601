package io.omnipim.ui.products;

import java.util.List;

import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Shell;

/**
 * Everything the grid page and its results fragment show.
 *
 * @param products how many products (not models) the search finds: what "select all" of the bulk bar selects
 */
public record GridPage(Shell shell, GridQuery query, ContextChoice context, List<GridRow> rows,
        List<GridFacet> facets, String total, String nextUrl, String previousUrl, boolean unavailable,
        long products) {

    public String sortState(String field) {
        if (!field.equals(query.sortField())) {
            return null;
        }
        return query.descending() ? "descending" : "ascending";
    }

    public String sortArrow(String field) {
        String state = sortState(field);
        return state == null ? "↕" : state.equals("ascending") ? "▲" : "▼";
    }
}
