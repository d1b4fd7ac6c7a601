package io.omnipim.ui.product;

import java.util.List;

import io.omnipim.ui.shell.Links;

/**
 * Products and models found to add to one association type of a product: the answer to the widget's search.
 *
 * @param searchDown the search index did not answer
 */
public record AssociationResults(String product, String type, String typeLabel, String q,
        List<AssociationView.Item> items, boolean searchDown) {

    /** The request that brings the row of {@code item} into the type's list. */
    public String addUrl(AssociationView.Item item, String channel, String locale) {
        return "/ui/products/" + Links.segment(product) + "/associations/item?type=" + Links.query(type) + "&kind="
                + Links.query(item.kind()) + "&code=" + Links.query(item.code()) + "&label=" + Links.query(typeLabel)
                + (channel == null ? "" : "&channel=" + Links.query(channel))
                + (locale == null ? "" : "&locale=" + Links.query(locale));
    }

    public String typeId() {
        return type.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
