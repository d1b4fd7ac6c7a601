package io.omnipim.ui.bulk;

import java.util.List;

import io.omnipim.ui.products.GridQuery;

/**
 * What the bulk bar posts: the selection ({@code mode} "selected" with the identifiers, or "all" for the grid's
 * search, whose fields come along) and the action with its fields.
 */
public record BulkForm(String mode, List<String> identifiers, GridQuery search, String action,
        List<String> categories, String attribute, String locale, String scope, String value, String family) {

    public BulkForm {
        identifiers = identifiers == null ? List.of() : identifiers;
        categories = categories == null ? List.of() : categories;
    }

    public boolean all() {
        return "all".equals(mode);
    }
}
