package io.omnipim.ui.product;

import java.util.List;

/**
 * One association type on the product form: what is associated, each removable, and a search to add more.
 *
 * @param quantified items carry a quantity (packs, bundles)
 * @param error why the last save refused this association, or null
 */
public record AssociationView(String type, String label, boolean quantified, List<Item> items, String error) {

    /** An associated product or model, as listed and as sent back with the form. */
    public record Item(String kind, String code, String label, String url, String quantity, String field) {

        public boolean model() {
            return AssociationForm.MODELS.equals(kind);
        }

        /** The quantity input's id, unique on the page. */
        public String quantityId() {
            return "qty-" + field.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    public String id() {
        return type.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public boolean hasError() {
        return error != null;
    }
}
